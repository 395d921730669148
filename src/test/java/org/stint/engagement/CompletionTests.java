package org.stint.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.stint.testsupport.Html;

/**
 * Marking an engagement complete from the approved timesheets, a typed total beyond the posting,
 * and corrections of the completed total whose history the verification record and the
 * university's reports follow.
 */
class CompletionTests extends EngagementTestSupport {

    @Test
    void markCompleteTakesTheApprovedTimesheetsTotal() throws Exception {
        timesheet(thisWeek.minusWeeks(2), "8");
        timesheet(thisWeek.minusWeeks(1), "9.5");
        timesheet(thisWeek, "10");
        approve(thisWeek.minusWeeks(2));
        approve(thisWeek.minusWeeks(1));
        send(
                post(url() + "/timesheets/" + timesheetId(thisWeek) + "/query").param("comment", "Really?"),
                employer.memberEmail());

        Document applicant = Html.parse(
                mvc.perform(get("/employer/applications/" + engagement).with(as(employer.memberEmail())))
                        .andReturn());
        assertThat(applicant.select("#completion-from-timesheets").text()).contains("17.5 h");
        assertThat(applicant.select("#hoursWorked")).isEmpty();

        Document confirm =
                Html.parse(send(post("/employer/applications/" + engagement + "/complete"), employer.memberEmail()));
        assertThat(confirm.select("main").text()).contains("17.5 hours worked");
        assertThat(data.statusOf(engagement)).isEqualTo("HIRED");
        MvcResult done = send(
                post("/employer/applications/" + engagement + "/complete").param("confirmed", "yes"),
                employer.memberEmail());
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/employer/applications/" + engagement);
        assertThat(hoursWorked()).isEqualByComparingTo("17.5");
        assertThat(data.statusOf(engagement)).isEqualTo("COMPLETED");
    }

    @Test
    void aTypedCompletionTotalBeyondThePostingNeedsAConfirmationAndAReason() throws Exception {
        String complete = "/employer/applications/" + engagement + "/complete";
        Document refused = Html.parse(send(post(complete).param("hoursWorked", "500"), employer.memberEmail()));
        assertThat(refused.select("#hoursWorked-error").text())
                .startsWith(
                        "That makes 500 h in all, more than this posting’s 10 h a week × 4 weeks allow (up to 44 h).");
        assertThat(data.statusOf(engagement)).isEqualTo("HIRED");

        Document noReason = Html.parse(
                send(post(complete).param("hoursWorked", "500").param("confirmOver", "true"), employer.memberEmail()));
        assertThat(noReason.select("#overReason-error").text()).isNotBlank();

        send(
                post(complete)
                        .param("hoursWorked", "50")
                        .param("confirmOver", "true")
                        .param("overReason", "Two extra days for the launch.")
                        .param("confirmed", "yes"),
                employer.memberEmail());
        assertThat(hoursWorked()).isEqualByComparingTo("50");
        assertThat(jdbc.sql("select note from application_events where application_id = :a and to_status = 'COMPLETED'")
                        .param("a", engagement)
                        .query(String.class)
                        .single())
                .isEqualTo("Two extra days for the launch.");

        // within the limit, no confirmation is asked
        long other = data.application(
                        data.posting(employer.id())
                                .hourly(2000, "USD")
                                .hours(10)
                                .create(),
                        data.student().create().userId())
                .status("HIRED")
                .create();
        send(
                post("/employer/applications/" + other + "/complete")
                        .param("hoursWorked", "44")
                        .param("confirmed", "yes"),
                employer.memberEmail());
        assertThat(data.statusOf(other)).isEqualTo("COMPLETED");
    }

    @Test
    void theCompletedTotalIsCorrectedWithHistoryAndTheVerificationAndReportsFollow() throws Exception {
        send(
                post("/employer/applications/" + engagement + "/complete")
                        .param("hoursWorked", "40")
                        .param("confirmed", "yes"),
                employer.memberEmail());
        String code = jdbc.sql("select verification_code from applications where id = :a")
                .param("a", engagement)
                .query(String.class)
                .single();
        BigDecimal reportedBefore = reportedHours();

        String correct = url() + "/hours/correct";
        Document overLimit = Html.parse(
                send(post(correct).param("totalHours", "500").param("totalReason", "Typo."), employer.memberEmail()));
        assertThat(overLimit.select("#totalHours-error").text()).startsWith("That makes 500 h in all");
        assertThat(send(post(correct).param("totalHours", "36").param("totalReason", "x"), student.email())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(post(correct).param("totalHours", "36").param("totalReason", "x"), OWN_STAFF)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        MvcResult done = send(
                post(correct).param("totalHours", "36").param("totalReason", "Four hours were counted twice."),
                employer.memberEmail());
        assertThat(done.getResponse().getRedirectedUrl()).startsWith(url());
        assertThat(hoursWorked()).isEqualByComparingTo("36");
        assertThat(page(OWN_STAFF).select("li[data-kind=HOURS]").text())
                .contains("Hours worked corrected from 40 h to 36 h")
                .contains("Four hours were counted twice.");

        Document verification = Html.parse(mvc.perform(get("/verify/" + code)).andReturn());
        assertThat(verification.select(".verification-hours").text()).startsWith("36");
        assertThat(reportedHours()).isEqualByComparingTo(reportedBefore.subtract(new BigDecimal("4")));
    }
}
