package org.stint.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Fixtures.TestUniversity;
import org.stint.testsupport.Html;

/** Administrators moderate reported postings: hide one with a reason, or dismiss the report. */
class AdminModerationTests extends AdminTestSupport {

    @Test
    void aReportedPostingIsHiddenWithAReasonOrTheReportDismissed() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        TestUniversity uni = fixtures.university(false);
        String student = fixtures.email(fixtures.student(uni, "Reporting Student"));
        TestCompany company = fixtures.company("Reported Co");
        long bad = fixtures.posting(company, "Unpaid work disguised as paid", "WRITING", "USD");
        long fine = fixtures.posting(company, "A perfectly fine posting", "WRITING", "USD");

        mvc.perform(post("/postings/" + bad + "/report")
                        .param("reason", "It asks for free work first")
                        .with(csrf())
                        .with(as(student)))
                .andExpect(redirectedUrl("/postings/" + bad));
        mvc.perform(post("/postings/" + fine + "/report")
                        .param("reason", "I do not like it")
                        .with(csrf())
                        .with(as(uni.staffEmail())))
                .andExpect(redirectedUrl("/postings/" + fine));
        mvc.perform(post("/postings/" + fine + "/report")
                        .param("reason", "Employers cannot report")
                        .with(csrf())
                        .with(as(company.memberEmail())))
                .andExpect(status().isForbidden());

        Document queue =
                Html.parse(mvc.perform(get("/admin/moderation").with(admin())).andReturn());
        long badReport = Long.parseLong(
                queue.select("article.report:has(a:containsOwn(Unpaid work))").attr("data-report"));
        long fineReport = Long.parseLong(queue.select("article.report:has(a:containsOwn(perfectly fine))")
                .attr("data-report"));

        mvc.perform(post("/admin/moderation/" + badReport + "/hide")
                        .param("reason", "Postings must pay for all work.")
                        .with(csrf())
                        .with(admin()))
                .andExpect(flash().attribute("flash", "admin.moderation.hidden"));
        mvc.perform(post("/admin/moderation/" + fineReport + "/dismiss")
                        .with(csrf())
                        .with(admin()))
                .andExpect(flash().attribute("flash", "admin.moderation.dismissed"));

        mvc.perform(get("/postings/" + bad)).andExpect(status().isNotFound());
        mvc.perform(get("/postings/" + bad).with(as(student))).andExpect(status().isNotFound());
        mvc.perform(get("/postings/" + fine)).andExpect(status().isOk());
        assertThat(jdbc.sql("select status || ':' || hidden_reason from postings where id = :id")
                        .param("id", bad)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED:Postings must pay for all work.");
        mvc.perform(post("/admin/moderation/" + badReport + "/dismiss")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isNotFound());
    }

    /**
     * A hidden posting says so to its company (with the reason, and no Reopen that could only fail)
     * and to a student who applied to it; to anyone else it is simply not found.
     */
    @Test
    void aHiddenPostingSaysSoToItsCompanyAndToItsApplicantsOnly() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        TestUniversity uni = fixtures.university(false);
        long applicantId = fixtures.student(uni, "Hidden Applicant");
        String applicant = fixtures.email(applicantId);
        String bystander = fixtures.email(fixtures.student(uni, "Hidden Bystander"));
        TestCompany company = fixtures.company("Hidden Co");
        long posting = fixtures.posting(company, "Hidden after a report", "WRITING", "USD");
        jdbc.sql("""
                        insert into applications (posting_id, student_id, cover_note, status)
                        values (:posting, :student, 'I would like to help.', 'SUBMITTED')
                        """).param("posting", posting).param("student", applicantId).update();
        jdbc.sql("""
                        update postings set status = 'CLOSED', closed_reason = 'MANUAL', closed_at = now(),
                            hidden_at = now(), hidden_reason = 'Asks for unpaid trial work.' where id = :id
                        """).param("id", posting).update();

        Document list = Html.parse(mvc.perform(get("/employer/postings").with(as(company.memberEmail())))
                .andExpect(status().isOk())
                .andReturn());
        org.jsoup.nodes.Element row =
                list.select("tr:has(th:contains(Hidden after a report))").first();
        assertThat(row).isNotNull();
        assertThat(row.select(".status").text()).isEqualTo("Hidden by moderation");
        assertThat(row.select(".hidden-reason").text()).isEqualTo("Reason: Asks for unpaid trial work.");
        assertThat(row.select("button").eachText()).doesNotContain("Reopen");
        assertThat(row.select("th a")).as("its public page is gone").isEmpty();
        mvc.perform(post("/employer/postings/" + posting + "/reopen")
                        .with(csrf())
                        .with(as(company.memberEmail())))
                .andExpect(redirectedUrl("/employer/postings"))
                .andExpect(flash().attribute("flashError", "posting.lifecycle.hidden"));

        org.springframework.test.web.servlet.MvcResult explainedResult = mvc.perform(
                        get("/postings/" + posting).with(as(applicant)))
                .andExpect(status().isNotFound())
                .andReturn();
        Document explained = Html.parse(explainedResult);
        assertThat(explained.select("h1").text()).isEqualTo("This posting was removed");
        assertThat(explained.select(".unavailable-reason").text())
                .contains("Hidden after a report")
                .contains("Hidden Co")
                .doesNotContain("unpaid trial");
        assertThat(explained.select("main a[href=/applications]")).isNotEmpty();
        org.stint.testsupport.PageChecks.assertUsable(Html.raw(explainedResult), "/postings/{hidden}");

        Document plain = Html.parse(mvc.perform(get("/postings/" + posting).with(as(bystander)))
                .andExpect(status().isNotFound())
                .andReturn());
        assertThat(plain.text()).doesNotContain("Hidden after a report");
        assertThat(Html.parse(mvc.perform(get("/postings/" + posting))
                                .andExpect(status().isNotFound())
                                .andReturn())
                        .text())
                .doesNotContain("Hidden after a report");
    }
}
