package org.stint.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Fixtures.TestUniversity;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;

/**
 * Until a new account has confirmed its e-mail address, a student browses but cannot apply, and an
 * employer writes drafts but cannot publish.
 */
class UnverifiedAccountTests extends VerificationTestSupport {

    @Test
    void anUnverifiedStudentCanBrowseButNotApplyAndAVerifiedOneCan() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        TestUniversity uni = fixtures.university(false);
        long student = fixtures.student(uni, "Careful Student");
        fixtures.unverified(student);
        long posting = fixtures.posting(fixtures.company("Verifying Co"), "Data helper", "DATA", "USD");

        mvc.perform(get("/postings/" + posting).with(as(student))).andExpect(status().isOk());
        String applyUrl = "/postings/" + posting + "/apply";
        Document form = Html.parse(mvc.perform(get(applyUrl).with(as(student)))
                .andExpect(status().isOk())
                .andReturn());
        PageChecks.assertUsable(form, applyUrl);
        assertThat(form.select("#unverified").text()).contains("Confirm your university e-mail address");
        assertThat(form.select("#unverified form[action=/account/verification] input[name=from]")
                        .val())
                .isEqualTo(applyUrl);

        Document refused = Html.parse(mvc.perform(post(applyUrl)
                        .param("coverNote", "I have cleaned survey data before.")
                        .with(csrf())
                        .with(as(student)))
                .andExpect(status().isOk())
                .andReturn());
        PageChecks.assertUsable(refused, applyUrl);
        assertThat(refused.select("#unverified").text()).contains("Confirm your university e-mail address");
        assertThat(refused.select("textarea#coverNote").text()).isEqualTo("I have cleaned survey data before.");
        assertThat(applicationsOf(student)).isZero();

        mvc.perform(post("/account/verification").with(csrf()).with(as(student)));
        follow(lastLinkTo(fixtures.email(student)));

        // the same signed-in principal (loaded while unverified) may apply now
        mvc.perform(post(applyUrl)
                        .param("coverNote", "I have cleaned survey data before.")
                        .with(csrf())
                        .with(as(student)))
                .andExpect(redirectedUrlPattern("/applications/*"));
        assertThat(applicationsOf(student)).isOne();
        assertThat(Html.parse(mvc.perform(get("/postings/" + posting + "/apply").with(as(student)))
                                .andReturn())
                        .select("#unverified"))
                .isEmpty();
    }

    private long applicationsOf(long student) {
        return jdbc.sql("select count(*) from applications where student_id = :s")
                .param("s", student)
                .query(Long.class)
                .single();
    }

    @Test
    void anUnverifiedEmployerKeepsDraftsButCannotPublishOrReopen() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        TestCompany company = fixtures.company("Unverified Co");
        fixtures.unverified(company.memberId());

        Document newForm = Html.parse(mvc.perform(get("/employer/postings/new").with(as(company.memberId())))
                .andExpect(status().isOk())
                .andReturn());
        PageChecks.assertUsable(newForm, "/employer/postings/new");
        assertThat(newForm.select("#unverified").text()).contains("You can write and save drafts now");

        String draftUrl = mvc.perform(post("/employer/postings")
                        .with(csrf())
                        .with(as(company.memberId()))
                        .param("title", "Survey analyst")
                        .param("description", "Clean and summarise a survey of 2,000 customers for our team.")
                        .param("category", "DATA")
                        .param("skills", "SQL")
                        .param("hoursPerWeek", "10")
                        .param("durationWeeks", "3")
                        .param("workMode", "REMOTE")
                        .param("country", "US")
                        .param("payType", "FIXED")
                        .param("payAmount", "500")
                        .param("payCurrency", "USD")
                        .param("openings", "1")
                        .param(
                                "applicationDeadline",
                                java.time.LocalDate.now().plusDays(20).toString()))
                .andExpect(redirectedUrlPattern("/employer/postings/*/edit"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long draft = Long.parseLong(draftUrl.replaceAll("\\D", ""));
        Document edit = Html.parse(
                mvc.perform(get(draftUrl).with(as(company.memberId()))).andReturn());
        assertThat(edit.select("#title").val()).isEqualTo("Survey analyst");
        assertThat(edit.select("#unverified")).isNotEmpty();

        // the message travels in the session, whose id is the SESSION cookie
        jakarta.servlet.http.Cookie session = mvc.perform(post("/employer/postings/" + draft + "/publish")
                        .with(csrf())
                        .with(as(company.memberId())))
                .andExpect(redirectedUrl("/employer/postings"))
                .andExpect(flash().attribute("flashError", "posting.lifecycle.unverified"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(statusOf(draft)).isEqualTo("DRAFT");
        Document list = Html.parse(mvc.perform(
                        get("/employer/postings").with(as(company.memberId())).cookie(session))
                .andReturn());
        PageChecks.assertUsable(list, "/employer/postings");
        assertThat(list.select("[role=alert]").text()).contains("Your draft is saved.");

        long closed = fixtures.posting(company, "Closed one", "DATA", "USD");
        jdbc.sql("update postings set status = 'CLOSED', closed_reason = 'MANUAL' where id = :id")
                .param("id", closed)
                .update();
        mvc.perform(post("/employer/postings/" + closed + "/reopen")
                        .with(csrf())
                        .with(as(company.memberId())))
                .andExpect(flash().attribute("flashError", "posting.lifecycle.unverified"));
        assertThat(statusOf(closed)).isEqualTo("CLOSED");

        jdbc.sql("update users set email_verified_at = now() where id = :id")
                .param("id", company.memberId())
                .update();
        mvc.perform(post("/employer/postings/" + draft + "/publish")
                        .with(csrf())
                        .with(as(company.memberId())))
                .andExpect(flash().attribute("flash", "posting.lifecycle.published"));
        assertThat(statusOf(draft)).isEqualTo("OPEN");
    }

    private String statusOf(long posting) {
        return jdbc.sql("select status from postings where id = :id")
                .param("id", posting)
                .query(String.class)
                .single();
    }
}
