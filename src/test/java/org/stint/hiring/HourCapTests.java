package org.stint.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.stint.testsupport.Html;
import org.stint.testsupport.SessionCookie;

/**
 * Weekly hour caps: the student's own cap (set on their profile), else their university's default
 * during term; a hire above it is refused with the numbers; applicant lists show free hours.
 */
class HourCapTests extends PartiesTestSupport {

    HourCapTests() {
        super("Capped Co", "Sam Visa");
    }

    /** Fixtures' postings take 20 hours a week. */
    private long application(String status) {
        long posting = data.posting(company).title("Twenty hours a week").create();
        return data.application(posting, student).inState(status).create();
    }

    private long postingOf(long application) {
        return jdbc.sql("select posting_id from applications where id = :a")
                .param("a", application)
                .query(Long.class)
                .single();
    }

    private void saveProfileCap(String cap) throws Exception {
        mvc.perform(post("/profile")
                        .with(csrf())
                        .with(as(studentEmail))
                        .param("programme", "MSc Data")
                        .param("graduationYear", "2027")
                        .param("weeklyHourCap", cap))
                .andExpect(redirectedUrl("/profile"));
    }

    private MvcResult hire(long application) throws Exception {
        return mvc.perform(post("/employer/applications/" + application + "/hire")
                        .with(csrf())
                        .with(as(company.memberEmail()))
                        .param("confirmed", "yes"))
                .andExpect(redirectedUrl("/employer/applications/" + application))
                .andReturn();
    }

    @Test
    void aHireAboveTheStudentsOwnCapIsRefusedWithTheNumbers() throws Exception {
        saveProfileCap("30");
        assertThat(page("/profile", studentEmail).select("#weeklyHourCap").val())
                .isEqualTo("30");
        application("HIRED");
        long shortlisted = application("SHORTLISTED");

        Document applicants =
                page("/employer/postings/" + postingOf(shortlisted) + "/applicants", company.memberEmail());
        assertThat(applicants.select(".applicant .free-hours").text()).isEqualTo("Free: 10 of 30 hours a week");
        Document before = page("/employer/applications/" + shortlisted, company.memberEmail());
        assertThat(before.select(".hours-cap").text())
                .isEqualTo("Free hours: 10 of their 30 a week; this posting needs 20.");

        // the first submit does not even offer the confirm step: it says at once why not
        MvcResult first = mvc.perform(post("/employer/applications/" + shortlisted + "/hire")
                        .with(csrf())
                        .with(as(company.memberEmail())))
                .andExpect(redirectedUrl("/employer/applications/" + shortlisted))
                .andReturn();
        assertThat(first.getFlashMap().get("refusal")).isNotNull();

        SessionCookie session = new SessionCookie();
        MvcResult refused = mvc.perform(post("/employer/applications/" + shortlisted + "/hire")
                        .with(csrf())
                        .with(as(company.memberEmail()))
                        .with(session)
                        .param("confirmed", "yes"))
                .andDo(session)
                .andReturn();
        Refusal refusal = (Refusal) refused.getFlashMap().get("refusal");
        assertThat(refusal.key()).isEqualTo("hiring.hire.overCap");
        assertThat(jdbc.sql("select status from applications where id = :a")
                        .param("a", shortlisted)
                        .query(String.class)
                        .single())
                .isEqualTo("SHORTLISTED");

        // the employer reads the message with the numbers on the application's page
        Document after = Html.parse(mvc.perform(get("/employer/applications/" + shortlisted)
                        .with(as(company.memberEmail()))
                        .with(session))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(after.select("[role=alert]").text())
                .isEqualTo("Not hired: this posting’s 20 hours a week would take the student above their weekly"
                        + " hour cap of 30 (they are already committed to 20, so 10 are free).");

        // raising the cap lets the hire through
        saveProfileCap("40");
        MvcResult hired = hire(shortlisted);
        assertThat(hired.getFlashMap().get("flash")).isEqualTo("hiring.hire.done");
    }

    @Test
    void theUniversitysDefaultCapAppliesDuringTermToStudentsWithoutTheirOwn() throws Exception {
        application("HIRED");
        long shortlisted = application("SHORTLISTED");
        String applicantsUrl = "/employer/postings/" + postingOf(shortlisted) + "/applicants";
        assertThat(page(applicantsUrl, company.memberEmail())
                        .select(".free-hours")
                        .text())
                .isEqualTo("No hour cap");

        // the career office sets 20 hours a week for a term running now
        mvc.perform(post("/university/settings/hour-cap")
                        .with(csrf())
                        .with(as(university.staffEmail()))
                        .param("defaultWeeklyHourCap", "20")
                        .param("termStartsOn", LocalDate.now().minusDays(10).toString())
                        .param("termEndsOn", LocalDate.now().plusDays(50).toString()))
                .andExpect(flash().attribute("flash", "university.settings.hourCap.saved"));
        assertThat(page("/university/settings", university.staffEmail())
                        .select("#defaultWeeklyHourCap")
                        .val())
                .isEqualTo("20");
        assertThat(page(applicantsUrl, company.memberEmail())
                        .select(".free-hours")
                        .text())
                .isEqualTo("Free: 0 of 20 hours a week");
        assertThat(hire(shortlisted).getFlashMap().get("refusal")).isNotNull();

        // outside term the default does not apply
        mvc.perform(post("/university/settings/hour-cap")
                        .with(csrf())
                        .with(as(university.staffEmail()))
                        .param("defaultWeeklyHourCap", "20")
                        .param("termStartsOn", LocalDate.now().minusDays(100).toString())
                        .param("termEndsOn", LocalDate.now().minusDays(10).toString()))
                .andExpect(flash().attribute("flash", "university.settings.hourCap.saved"));
        assertThat(hire(shortlisted).getFlashMap().get("flash")).isEqualTo("hiring.hire.done");
    }

    @Test
    void capsAndTermDatesThatMakeNoSenseAreRefusedNextToTheField() throws Exception {
        Document profile = Html.parse(mvc.perform(post("/profile")
                        .with(csrf())
                        .with(as(studentEmail))
                        .param("programme", "MSc Data")
                        .param("graduationYear", "2027")
                        .param("weeklyHourCap", "twenty"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(profile.select("#weeklyHourCap-error").text())
                .isEqualTo("Enter a whole number of hours from 1 to 60, or leave it empty.");
        assertThat(profile.select("#weeklyHourCap").val()).isEqualTo("twenty");
        assertThat(profile.select("#programme").val()).isEqualTo("MSc Data");

        Document oneDate = Html.parse(mvc.perform(post("/university/settings/hour-cap")
                        .with(csrf())
                        .with(as(university.staffEmail()))
                        .param("defaultWeeklyHourCap", "20")
                        .param("termStartsOn", "2026-09-01"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(oneDate.select("#termEndsOn-error").text()).isEqualTo("Give both term dates, or neither.");
        assertThat(oneDate.select("#defaultWeeklyHourCap").val()).isEqualTo("20");
        Document backwards = Html.parse(mvc.perform(post("/university/settings/hour-cap")
                        .with(csrf())
                        .with(as(university.staffEmail()))
                        .param("defaultWeeklyHourCap", "20")
                        .param("termStartsOn", "2026-09-01")
                        .param("termEndsOn", "2026-08-01"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(backwards.select("#termEndsOn-error").text())
                .isEqualTo("The term ends on or after the day it starts.");
        Document noTerm = Html.parse(mvc.perform(post("/university/settings/hour-cap")
                        .with(csrf())
                        .with(as(university.staffEmail()))
                        .param("defaultWeeklyHourCap", "20"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(noTerm.select("#termStartsOn-error").text()).startsWith("A default cap applies during term");
        assertThat(jdbc.sql("select default_weekly_hour_cap from universities where id = :u")
                        .param("u", university.id())
                        .query(Integer.class)
                        .optional()
                        .orElse(null))
                .isNull();
    }
}
