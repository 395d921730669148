package org.stint.university;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Fixtures.TestUniversity;
import org.stint.testsupport.Html;

/** Companies ask, staff judge by the evidence and decide; everything is kept as history. */
class PartnershipFlowTests extends AppTestSupport {

    private TestUniversity mine;

    private TestUniversity other;

    private TestCompany company;

    @BeforeEach
    void universitiesAndCompanies() {
        mine = data.university(false);
        other = data.university(false);
        company = data.company("Vetted Co");
    }

    private long partnershipId(TestUniversity university) {
        return jdbc.sql("select id from partnerships where university_id = :u and company_id = :c")
                .param("u", university.id())
                .param("c", company.id())
                .query(Long.class)
                .single();
    }

    private String stateOf(TestUniversity university) {
        return jdbc.sql("select status from partnerships where id = :id")
                .param("id", partnershipId(university))
                .query(String.class)
                .single();
    }

    private void request(TestUniversity university, String message) throws Exception {
        mvc.perform(post("/employer/partnerships")
                        .param("universityId", Long.toString(university.id()))
                        .param("message", message)
                        .with(csrf())
                        .with(as(company.memberEmail())))
                .andExpect(redirectedUrl("/employer/partnerships"));
    }

    @Test
    void aCompanyAsksStaffSeeEvidenceAndApproveAndTheHistoryKeepsWhoWhenWhy() throws Exception {
        data.posting(company, "Evidence posting one", "DATA", "USD");
        data.partnership(other, company, "DECLINED");
        request(mine, "We mentor every student.");

        Document list = Html.parse(mvc.perform(get("/university/partnerships").with(as(mine.staffEmail())))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(list.select("tr[data-status=REQUESTED] a").eachText()).containsExactly(company.name());

        long id = partnershipId(mine);
        Document detail =
                Html.parse(mvc.perform(get("/university/partnerships/" + id).with(as(mine.staffEmail())))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(detail.select(".request-message").text()).isEqualTo("We mentor every student.");
        Element domain = detail.selectFirst(".domains li");
        assertThat(domain.attr("data-match")).isEqualTo("true");
        assertThat(detail.select("dd.postings").text()).isEqualTo("1 published, 1 open now");
        assertThat(detail.select("dd.rating").text()).isEqualTo("No ratings yet");
        assertThat(detail.select("dd.others").text()).isEqualTo("0 approved, 1 declined, 0 revoked");
        assertThat(detail.select("dd.others").text()).doesNotContain("Not for us");

        mvc.perform(post("/university/partnerships/" + id + "/approve")
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(as(mine.staffEmail())))
                .andExpect(redirectedUrl("/university/partnerships/" + id));
        assertThat(stateOf(mine)).isEqualTo("APPROVED");

        mvc.perform(post("/university/partnerships/" + id + "/revoke")
                        .param("reason", "Students were not paid on time")
                        .with(csrf())
                        .with(as(mine.staffEmail())))
                .andExpect(redirectedUrl("/university/partnerships/" + id));
        Document history =
                Html.parse(mvc.perform(get("/university/partnerships/" + id).with(as(mine.staffEmail())))
                        .andReturn());
        List<String> rows = history.select(".history tbody tr").eachText();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).contains("Waiting for a decision", "Owner ", "We mentor every student.");
        assertThat(rows.get(1)).contains("Approved partner", "Staff ");
        assertThat(rows.get(2)).contains("Revoked", "Students were not paid on time");

        // revoked: the company cannot ask again
        mvc.perform(post("/employer/partnerships")
                        .param("universityId", Long.toString(mine.id()))
                        .with(csrf())
                        .with(as(company.memberEmail())))
                .andExpect(status().isOk());
        assertThat(stateOf(mine)).isEqualTo("REVOKED");
    }

    @Test
    void aDeclineNeedsAReasonTheCompanySeesItAndMayAskAgain() throws Exception {
        request(mine, "");
        long id = partnershipId(mine);

        Document refused = Html.parse(mvc.perform(post("/university/partnerships/" + id + "/decline")
                        .param("reason", "  ")
                        .with(csrf())
                        .with(as(mine.staffEmail())))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(refused.select("#reason-error")).hasSize(1);
        assertThat(stateOf(mine)).isEqualTo("REQUESTED");

        mvc.perform(post("/university/partnerships/" + id + "/decline")
                        .param("reason", "Please add a website first")
                        .with(csrf())
                        .with(as(mine.staffEmail())))
                .andExpect(redirectedUrl("/university/partnerships/" + id));
        Document employer = Html.parse(mvc.perform(get("/employer/partnerships").with(as(company.memberEmail())))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(employer.select("tr[data-university=" + mine.id() + "]").text())
                .contains("Declined", "Please add a website first");

        request(mine, "We added it");
        assertThat(stateOf(mine)).isEqualTo("REQUESTED");
        long events = jdbc.sql("select count(*) from partnership_events where partnership_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
        assertThat(events).isEqualTo(3);
    }

    @Test
    void staffOfOneUniversityCanNeverSeeOrDecideForAnother() throws Exception {
        request(other, "For the other university");
        long theirs = partnershipId(other);
        String me = mine.staffEmail();

        mvc.perform(get("/university/partnerships/" + theirs).with(as(me))).andExpect(status().isNotFound());
        for (String action : List.of("approve", "decline", "revoke")) {
            mvc.perform(post("/university/partnerships/" + theirs + "/" + action)
                            .param("reason", "Trying")
                            .with(csrf())
                            .with(as(me)))
                    .andExpect(status().isNotFound());
        }
        assertThat(stateOf(other)).isEqualTo("REQUESTED");
        Document list = Html.parse(
                mvc.perform(get("/university/partnerships").with(as(me))).andReturn());
        assertThat(list.select("tbody tr")).isEmpty();

        // another university's recommendation cannot be removed either
        long posting = data.posting(company, "Recommended elsewhere", "DATA", "USD");
        mvc.perform(post("/university/recommendations")
                        .param("postingId", Long.toString(posting))
                        .with(csrf())
                        .with(as(other.staffEmail())))
                .andExpect(redirectedUrl("/university/recommendations"));
        long recommendation = jdbc.sql("select id from recommendations where university_id = :u")
                .param("u", other.id())
                .query(Long.class)
                .single();
        mvc.perform(post("/university/recommendations/" + recommendation + "/delete")
                        .with(csrf())
                        .with(as(me)))
                .andExpect(status().isNotFound());
    }

    @Test
    void employersAndStudentsCannotOpenStaffPagesAndStaffCannotAskForACompany() throws Exception {
        long student = data.student(mine, "Curious Student");
        mvc.perform(get("/university/partnerships").with(as(company.memberEmail())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/university/reports").with(as(data.email(student)))).andExpect(status().isForbidden());
        mvc.perform(post("/employer/partnerships")
                        .param("universityId", Long.toString(mine.id()))
                        .with(csrf())
                        .with(as(mine.staffEmail())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/employer/partnerships")).andExpect(redirectedUrl("/login"));
    }

    /**
     * A recommendation shows where the staff page says it does: at the top of My applications, the
     * page a student lands on after signing in.
     */
    @Test
    void aRecommendationShowsWhereTheStaffPageSaysItDoes() throws Exception {
        long posting = data.posting(company, "Recommended here", "DATA", "USD");
        String student = data.email(data.student(mine, "Recommended Student"));
        mvc.perform(post("/university/recommendations")
                        .param("postingId", Long.toString(posting))
                        .param("note", "A good first project")
                        .with(csrf())
                        .with(as(mine.staffEmail())))
                .andExpect(redirectedUrl("/university/recommendations"));
        Document staffPage =
                Html.parse(mvc.perform(get("/university/recommendations").with(as(mine.staffEmail())))
                        .andReturn());
        assertThat(staffPage.select("main").text()).contains("at the top of My applications");

        mvc.perform(get("/dashboard").with(as(student))).andExpect(redirectedUrl("/applications"));
        Document landing =
                Html.parse(mvc.perform(get("/applications").with(as(student))).andReturn());
        Element first = landing.selectFirst("main > h1 + *");
        assertThat(first).isNotNull();
        assertThat(first.hasClass("recommendations")).isTrue();
        assertThat(first.select("a").eachText()).contains("Recommended here");
    }
}
