package org.stint.engagement.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo engagement's messages, deliverables, milestones, timesheets and read markers. Its
 * history lies in the past and the engagement services would notify the other side of each step,
 * so this writes the engagement module's own tables directly.
 */
@Component
public class EngagementDemoData {

    private final JdbcClient jdbc;

    EngagementDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A running engagement between a student and an employer, hired at {@code hired} on a posting
     * of 15 h a week for 3 weeks: two milestones, messages both ways, a deliverable handed in (a
     * link, answered with a request for changes) and a file waiting for review, one week's
     * timesheet approved and last week's queried.
     */
    public void seed(long application, long student, long employer, Instant hired, Instant now, LocalDate today) {
        for (Object[] m :
                new Object[][] {{"Kick-off dashboard sketch", 5}, {"Final dashboard and hand-over notes", 19}}) {
            jdbc.sql("""
                            insert into engagement_milestones (application_id, title, due_on, created_by, created_at)
                            values (:a, :title, :due, :by, :at)
                            """)
                    .param("a", application)
                    .param("title", m[0])
                    .param(
                            "due",
                            LocalDate.ofInstant(hired, java.time.ZoneOffset.UTC).plusDays((Integer) m[1]))
                    .param("by", employer)
                    .param("at", Timestamp.from(hired.plus(1, ChronoUnit.HOURS)))
                    .update();
        }
        Object[][] messages = {
            {employer, 15, "Welcome aboard, Maya! The survey export is in the shared folder; shall we meet on Thursday?"
            },
            {student, 14, "Thank you! Thursday works. I will send a first sketch of the dashboard by Monday."},
            {employer, 6, "The sketch looks promising. Could you split the results by region?"},
            {student, 1, "Done: the new version with regions is handed in below."},
        };
        for (Object[] m : messages) {
            jdbc.sql("""
                            insert into engagement_messages (application_id, author_user_id, body, created_at)
                            values (:a, :by, :body, :at)
                            """)
                    .param("a", application)
                    .param("by", m[0])
                    .param("body", m[2])
                    .param("at", Timestamp.from(now.minus((Integer) m[1], ChronoUnit.DAYS)))
                    .update();
        }
        long sketch = jdbc.sql("""
                        insert into engagement_deliverables (application_id, title, link_url, note, status, submitted_by, submitted_at)
                        values (:a, 'Dashboard sketch', 'https://example.com/lumen/survey-dashboard-sketch',
                            'A first layout with the five main questions.', 'CHANGES_REQUESTED', :student, :at)
                        returning id
                        """)
                .param("a", application)
                .param("student", student)
                .param("at", Timestamp.from(now.minus(9, ChronoUnit.DAYS)))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into engagement_deliverable_reviews
                            (deliverable_id, application_id, decision, comment, reviewer_user_id, reviewed_at)
                        values (:d, :a, 'CHANGES_REQUESTED', 'Please split the results by region.', :employer, :at)
                        """)
                .param("d", sketch)
                .param("a", application)
                .param("employer", employer)
                .param("at", Timestamp.from(now.minus(6, ChronoUnit.DAYS)))
                .update();
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
                        + "% Survey dashboard with regions (demo file)\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        jdbc.sql("""
                        insert into engagement_deliverables (application_id, title, file_name, content_type, size_bytes,
                            content, note, submitted_by, submitted_at)
                        values (:a, 'Dashboard with regions', 'survey-dashboard-regions.pdf', 'application/pdf', :size,
                            :content, 'Results split by region, as asked.', :student, :at)
                        """)
                .param("a", application)
                .param("size", pdf.length)
                .param("content", pdf)
                .param("student", student)
                .param("at", Timestamp.from(now.minus(1, ChronoUnit.DAYS)))
                .update();

        LocalDate thisWeek =
                today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        Object[][] weeks = {
            {2, "14", "APPROVED", "Kick-off, data cleaning and the first sketch."}, {1, "18", "QUERIED", null}
        };
        for (Object[] w : weeks) {
            LocalDate week = thisWeek.minusWeeks((Integer) w[0]);
            Instant submitted =
                    week.plusDays(5).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            long sheet = jdbc.sql("""
                            insert into engagement_timesheets (application_id, week_start, hours, note, over_reason, status,
                                submitted_by, submitted_at, updated_at)
                            values (:a, :week, :hours, :note, :reason, :status, :student, :at, :updated) returning id
                            """)
                    .param("a", application)
                    .param("week", week)
                    .param("hours", new java.math.BigDecimal((String) w[1]))
                    .param("note", w[3])
                    .param("reason", "QUERIED".equals(w[2]) ? "Two extra workshops with the sales team." : null)
                    .param("status", w[2])
                    .param("student", student)
                    .param("at", Timestamp.from(submitted))
                    .param("updated", Timestamp.from(submitted.plus(1, ChronoUnit.DAYS)))
                    .query(Long.class)
                    .single();
            hoursEvent(application, sheet, "SUBMITTED", (String) w[1], null, student, submitted);
            hoursEvent(
                    application,
                    sheet,
                    (String) w[2],
                    (String) w[1],
                    "QUERIED".equals(w[2])
                            ? "18 hours is above the 15 we planned: which days were the workshops?"
                            : null,
                    employer,
                    submitted.plus(1, ChronoUnit.DAYS));
        }
        jdbc.sql("""
                        insert into engagement_reads (application_id, user_id, last_read_at) values
                            (:a, :student, :studentRead), (:a, :employer, :employerRead)
                        """)
                .param("a", application)
                .param("student", student)
                .param("studentRead", Timestamp.from(now.minus(2, ChronoUnit.DAYS)))
                .param("employer", employer)
                .param("employerRead", Timestamp.from(now.minus(3, ChronoUnit.DAYS)))
                .update();
    }

    private void hoursEvent(
            long application, long sheet, String action, String hours, String comment, long actor, Instant at) {
        jdbc.sql("""
                        insert into engagement_hours_events
                            (application_id, timesheet_id, action, hours, comment, actor_user_id, occurred_at)
                        values (:a, :t, :action, :hours, :comment, :actor, :at)
                        """)
                .param("a", application)
                .param("t", sheet)
                .param("action", action)
                .param("hours", new java.math.BigDecimal(hours))
                .param("comment", comment)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update();
    }
}
