package org.stint.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.stint.testsupport.Html;

/**
 * Weekly timesheets and the hour rules: a week above the posting's hours or a running total beyond
 * hours times weeks needs a confirmation and a reason; editing until approval, queries, and
 * corrections of an approved week with the old figure kept.
 */
class TimesheetTests extends EngagementTestSupport {

    @Test
    void aWeekAboveThePostingsHoursNeedsAConfirmationAndAReason() throws Exception {
        LocalDate week = thisWeek.minusWeeks(1);
        Document refused = Html.parse(timesheet(week, "12"));
        assertThat(refused.select("#hours-error").text())
                .isEqualTo(
                        "12 h is more than this posting’s 10 h a week. If that is right, tick the confirmation and say why.");
        assertThat(refused.select("#hours").val()).isEqualTo("12");

        Document noReason = Html.parse(timesheet(week, "12", "confirmOver", "true"));
        assertThat(noReason.select("#overReason-error").text())
                .isEqualTo("Say why the hours are above the posting’s limit.");
        assertThat(jdbc.sql("select count(*) from engagement_timesheets where application_id = :a")
                        .param("a", engagement)
                        .query(Long.class)
                        .single())
                .isZero();

        MvcResult accepted = timesheet(week, "12", "confirmOver", "true", "overReason", "Launch week.");
        assertThat(accepted.getResponse().getRedirectedUrl()).startsWith(url());
        assertThat(jdbc.sql("select over_reason from engagement_timesheets where id = :t")
                        .param("t", timesheetId(week))
                        .query(String.class)
                        .single())
                .isEqualTo("Launch week.");
        assertThat(page(employer.memberEmail())
                        .select("#timesheet-" + timesheetId(week))
                        .text())
                .contains("Above the limit because: Launch week.");
    }

    @Test
    void aRunningTotalBeyondHoursTimesWeeksPlusTenPercentNeedsAConfirmation() throws Exception {
        for (int i = 1; i <= 4; i++) {
            assertThat(timesheet(thisWeek.minusWeeks(i), "10").getResponse().getRedirectedUrl())
                    .startsWith(url());
        }
        // 40 h so far; 4 more is exactly 44 (10 h × 4 weeks + 10 %), 5 more is beyond
        Document refused = Html.parse(timesheet(thisWeek, "5"));
        assertThat(refused.select("#hours-error").text())
                .isEqualTo("That makes 45 h in all, more than this posting’s 10 h a week × 4 weeks allow (up to 44 h)."
                        + " If that is right, tick the confirmation and say why.");
        assertThat(timesheet(thisWeek, "4").getResponse().getRedirectedUrl()).startsWith(url());
    }

    @Test
    void aTimesheetIsEditableUntilApprovedAndAQueryGoesBackToTheStudent() throws Exception {
        LocalDate week = thisWeek.minusWeeks(1);
        timesheet(week, "6");
        timesheet(week, "7");
        assertThat(jdbc.sql("select hours from engagement_timesheets where id = :t")
                        .param("t", timesheetId(week))
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("7");

        Document noComment =
                Html.parse(send(post(url() + "/timesheets/" + timesheetId(week) + "/query"), employer.memberEmail()));
        assertThat(noComment.select("#query-comment-error-" + timesheetId(week)).text())
                .isNotBlank();
        send(
                post(url() + "/timesheets/" + timesheetId(week) + "/query").param("comment", "Which days?"),
                employer.memberEmail());
        assertThat(page(student.email())
                        .select("#timesheet-" + timesheetId(week))
                        .text())
                .contains("Queried")
                .contains("The company asks: Which days?");

        timesheet(week, "6", "timesheetNote", "Monday to Wednesday.");
        approve(week);
        Document locked = Html.parse(timesheet(week, "9"));
        assertThat(locked.select("#weekStart-error").text()).startsWith("This week is approved");

        // a week before the hire or in the future is not open
        Document outside = Html.parse(timesheet(thisWeek.plusWeeks(1), "5"));
        assertThat(outside.select("#weekStart-error").text()).startsWith("Choose a week from the list");

        // the history, with who and when
        assertThat(page(employer.memberEmail()).select("li[data-kind=HOURS]").eachText())
                .anySatisfy(
                        t -> assertThat(t).contains("changed from 6 h to 7 h").contains("by " + student.name()))
                .anySatisfy(t -> assertThat(t).contains("queried").contains("Which days?"))
                .anySatisfy(t -> assertThat(t).contains("approved: 6 h"));
    }

    @Test
    void anApprovedWeekIsCorrectedByTheEmployerWithAReasonAndTheOldFigureKept() throws Exception {
        LocalDate week = thisWeek.minusWeeks(1);
        timesheet(week, "8");
        String correct = url() + "/timesheets/" + timesheetId(week) + "/correct";
        // not before it is approved, never by the student
        send(post(correct).param("hours", "6").param("reason", "Half day."), employer.memberEmail());
        assertThat(send(post(correct).param("hours", "6").param("reason", "Half day."), student.email())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        approve(week);

        Document noReason = Html.parse(send(post(correct).param("hours", "6"), employer.memberEmail()));
        assertThat(noReason.select("#correct-reason-error-" + timesheetId(week)).text())
                .isNotBlank();
        assertThat(noReason.select("#correct-hours-" + timesheetId(week)).val()).isEqualTo("6");

        send(post(correct).param("hours", "6").param("reason", "Friday was a half day."), employer.memberEmail());
        assertThat(jdbc.sql("select hours from engagement_timesheets where id = :t")
                        .param("t", timesheetId(week))
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("6");
        Document page = page(student.email());
        assertThat(page.select("li[data-kind=HOURS]").eachText())
                .anySatisfy(t -> assertThat(t)
                        .contains("corrected from 8 h to 6 h")
                        .contains("by Boss")
                        .contains("Friday was a half day."));
        assertThat(page.select("#approved-total").text()).isEqualTo("6 h");
    }
}
