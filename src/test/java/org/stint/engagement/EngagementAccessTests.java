package org.stint.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Html;

/**
 * Who may open an engagement page and post on it: the parties, the career office read-only, nobody
 * else; messages with notices and unread marks; milestones the employer sets.
 */
class EngagementAccessTests extends EngagementTestSupport {

    @Test
    void thePageIsSharedByItsPartiesReadOnlyForTheCareerOfficeAndNotFoundForEveryoneElse() throws Exception {
        Person otherStudent = data.student().create();
        TestCompany otherEmployer = data.company().create();
        Person colleague = data.employer().of(employer.id()).create();
        Fixtures.TestUniversity otherUniversity = data.university(false);

        Document asStudent = page(student.email());
        assertThat(asStudent.select("#engagement-heading").text()).startsWith("Test posting");
        assertThat(asStudent.select("#message-form, #deliverable-form, #timesheet-form"))
                .hasSize(3);
        assertThat(asStudent.select("#milestone-form")).isEmpty();
        assertThat(page(employer.memberEmail()).select("#message-form, #milestone-form"))
                .hasSize(2);
        assertThat(page(colleague.email()).select("#message-form")).hasSize(1);
        Document asStaff = page(OWN_STAFF);
        assertThat(asStaff.select("#engagement-readonly")).hasSize(1);
        assertThat(asStaff.select("form[method=post]").stream()
                        .filter(f -> f.attr("action").startsWith("/engagements"))
                        .toList())
                .isEmpty();

        for (String outsider :
                new String[] {otherStudent.email(), otherEmployer.memberEmail(), otherUniversity.staffEmail()}) {
            assertThat(mvc.perform(get(url()).with(as(outsider)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(outsider)
                    .isEqualTo(404);
        }
        assertThat(mvc.perform(get(url())).andReturn().getResponse().getRedirectedUrl())
                .contains("/login");
        assertThat(mvc.perform(get(url()).with(as("admin@stint.example")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        // the links into it
        assertThat(Html.parse(mvc.perform(get("/applications/" + engagement).with(as(student.email())))
                                .andReturn())
                        .select("#engagement-link")
                        .attr("href"))
                .isEqualTo(url());
        assertThat(Html.parse(mvc.perform(get("/employer/applications/" + engagement)
                                        .with(as(employer.memberEmail())))
                                .andReturn())
                        .select("#engagement-link")
                        .attr("href"))
                .isEqualTo(url());
        assertThat(Html.parse(mvc.perform(get("/university/engagements").with(as(OWN_STAFF)))
                                .andReturn())
                        .select("a[href=" + url() + "]"))
                .hasSize(1);
        assertThat(Html.parse(mvc.perform(get("/university/engagements").with(as(otherUniversity.staffEmail())))
                                .andReturn())
                        .select("a[href=" + url() + "]"))
                .isEmpty();
    }

    @Test
    void onlyTheStudentAndTheCompanyPostMessagesAndTheOtherSideIsToldAndSeesThemAsNew() throws Exception {
        Person otherStudent = data.student().create();
        TestCompany otherEmployer = data.company().create();

        MvcResult sent = send(post(url() + "/messages").param("body", "Draft is ready."), student.email());
        assertThat(sent.getResponse().getRedirectedUrl()).startsWith(url());
        assertThat(send(post(url() + "/messages").param("body", "x"), otherStudent.email())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(post(url() + "/messages").param("body", "x"), otherEmployer.memberEmail())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(post(url() + "/messages").param("body", "x"), OWN_STAFF)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(url() + "/messages").param("body", "x").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .contains("/login");
        assertThat(jdbc.sql("select count(*) from engagement_messages where application_id = :a")
                        .param("a", engagement)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // the company's member gets a notice (and with it an e-mail) linking to the engagement
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                                select count(*) from notifications
                                where user_id = :u and kind = 'engagement.MESSAGE' and link = :link
                                """)
                                .param("u", employer.memberId())
                                .param("link", url())
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));

        Document first = page(employer.memberEmail());
        assertThat(first.select("#engagement-unread").text()).isEqualTo("1 new message since your last visit.");
        assertThat(first.select("li.unread[data-kind=MESSAGE] .timeline-note").text())
                .isEqualTo("Draft is ready.");
        assertThat(first.select("li.unread[data-kind=MESSAGE]").text()).contains("by " + student.name());
        Document again = page(employer.memberEmail());
        assertThat(again.select("#engagement-unread")).isEmpty();
        assertThat(again.select("li.unread")).isEmpty();
        // the author never sees their own message as new
        assertThat(page(student.email()).select("li.unread[data-kind=MESSAGE]")).isEmpty();

        // an empty message stays on the page with its message next to the field
        Document empty = Html.parse(send(post(url() + "/messages").param("body", " "), employer.memberEmail()));
        assertThat(empty.select("#body-error").text()).isNotBlank();
    }

    @Test
    void theEmployerSetsMilestonesThatAppearOnThePageAndInTheTimeline() throws Exception {
        LocalDate due = LocalDate.now().plusDays(10);
        send(
                post(url() + "/milestones")
                        .param("milestoneTitle", "First draft")
                        .param("dueOn", due.toString()),
                employer.memberEmail());
        assertThat(send(
                                post(url() + "/milestones")
                                        .param("milestoneTitle", "Mine")
                                        .param("dueOn", due.toString()),
                                student.email())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        Document page = page(student.email());
        assertThat(page.select("#milestone-list li").text()).contains("First draft");
        assertThat(page.select("li[data-kind=MILESTONE]").text()).contains("Milestone set: First draft");
    }
}
