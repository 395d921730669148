package org.stint.system.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A demo engagement with messages, deliverables, milestones and timesheets. */
@Component
class EngagementSeed {

    private final JdbcClient jdbc;

    private final DemoRows rows;

    EngagementSeed(JdbcClient jdbc, DemoRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /**
     * A running engagement between Maya Chen and Lumen Analytics (Priya): hired 16 days ago on a
     * filled posting of 15 h a week for 3 weeks, with two milestones, messages both ways, a
     * deliverable handed in (a link, answered with a request for changes) and a file waiting for
     * review, one week's timesheet approved and last week's queried.
     */
    void seed(Instant now, LocalDate today) {
        long maya = rows.idOf(DemoData.DEMO_STUDENT);
        long priya = rows.idOf(DemoData.DEMO_EMPLOYER);
        long lumen = jdbc.sql("select company_id from company_members where user_id = :u")
                .param("u", priya)
                .query(Long.class)
                .single();
        PostingSeed.Work work = PostingSeed.WORK.get(0);
        Instant hired = now.minus(16, ChronoUnit.DAYS);
        long posting = jdbc.sql("""
                        insert into postings (company_id, title, description, category, skills, hours_per_week,
                            duration_weeks, work_mode, country, pay_amount_minor, pay_currency, pay_type, openings,
                            application_deadline, status, published_at, closed_at, closed_reason)
                        values (:company, 'Customer survey dashboard', :description, :category,
                            string_to_array(:skills, ','), 15, 3, 'REMOTE', 'US', 2500, 'USD', 'HOURLY', 1,
                            :deadline, 'CLOSED', :published, :hired, 'FILLED')
                        returning id
                        """)
                .param("company", lumen)
                .param("description", work.description())
                .param("category", work.category())
                .param("skills", work.skills())
                .param("deadline", today.minusDays(10))
                .param("published", Timestamp.from(now.minus(25, ChronoUnit.DAYS)))
                .param("hired", Timestamp.from(hired))
                .query(Long.class)
                .single();
        Instant applied = now.minus(21, ChronoUnit.DAYS);
        long application = jdbc.sql("""
                        insert into applications (posting_id, student_id, cover_note, status, submitted_at, updated_at, hired_at)
                        values (:posting, :student, :note, 'HIRED', :applied, :hired, :hired) returning id
                        """)
                .param("posting", posting)
                .param("student", maya)
                .param("note", "I built survey dashboards for two student societies and would love to do this one.")
                .param("applied", Timestamp.from(applied))
                .param("hired", Timestamp.from(hired))
                .query(Long.class)
                .single();
        rows.history(application, null, "SUBMITTED", maya, applied);
        rows.history(application, "SUBMITTED", "SHORTLISTED", priya, applied.plus(1, ChronoUnit.DAYS));
        rows.history(application, "SHORTLISTED", "HIRED", priya, hired);

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
                    .param("by", priya)
                    .param("at", Timestamp.from(hired.plus(1, ChronoUnit.HOURS)))
                    .update();
        }
        Object[][] messages = {
            {priya, 15, "Welcome aboard, Maya! The survey export is in the shared folder; shall we meet on Thursday?"},
            {maya, 14, "Thank you! Thursday works. I will send a first sketch of the dashboard by Monday."},
            {priya, 6, "The sketch looks promising. Could you split the results by region?"},
            {maya, 1, "Done: the new version with regions is handed in below."},
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
                            'A first layout with the five main questions.', 'CHANGES_REQUESTED', :maya, :at)
                        returning id
                        """)
                .param("a", application)
                .param("maya", maya)
                .param("at", Timestamp.from(now.minus(9, ChronoUnit.DAYS)))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into engagement_deliverable_reviews
                            (deliverable_id, application_id, decision, comment, reviewer_user_id, reviewed_at)
                        values (:d, :a, 'CHANGES_REQUESTED', 'Please split the results by region.', :priya, :at)
                        """)
                .param("d", sketch)
                .param("a", application)
                .param("priya", priya)
                .param("at", Timestamp.from(now.minus(6, ChronoUnit.DAYS)))
                .update();
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
                        + "% Survey dashboard with regions (demo file)\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        jdbc.sql("""
                        insert into engagement_deliverables (application_id, title, file_name, content_type, size_bytes,
                            content, note, submitted_by, submitted_at)
                        values (:a, 'Dashboard with regions', 'survey-dashboard-regions.pdf', 'application/pdf', :size,
                            :content, 'Results split by region, as asked.', :maya, :at)
                        """)
                .param("a", application)
                .param("size", pdf.length)
                .param("content", pdf)
                .param("maya", maya)
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
                            values (:a, :week, :hours, :note, :reason, :status, :maya, :at, :updated) returning id
                            """)
                    .param("a", application)
                    .param("week", week)
                    .param("hours", new java.math.BigDecimal((String) w[1]))
                    .param("note", w[3])
                    .param("reason", "QUERIED".equals(w[2]) ? "Two extra workshops with the sales team." : null)
                    .param("status", w[2])
                    .param("maya", maya)
                    .param("at", Timestamp.from(submitted))
                    .param("updated", Timestamp.from(submitted.plus(1, ChronoUnit.DAYS)))
                    .query(Long.class)
                    .single();
            hoursEvent(application, sheet, "SUBMITTED", (String) w[1], null, maya, submitted);
            hoursEvent(
                    application,
                    sheet,
                    (String) w[2],
                    (String) w[1],
                    "QUERIED".equals(w[2])
                            ? "18 hours is above the 15 we planned: which days were the workshops?"
                            : null,
                    priya,
                    submitted.plus(1, ChronoUnit.DAYS));
        }
        jdbc.sql("""
                        insert into engagement_reads (application_id, user_id, last_read_at) values
                            (:a, :maya, :mayaRead), (:a, :priya, :priyaRead)
                        """)
                .param("a", application)
                .param("maya", maya)
                .param("mayaRead", Timestamp.from(now.minus(2, ChronoUnit.DAYS)))
                .param("priya", priya)
                .param("priyaRead", Timestamp.from(now.minus(3, ChronoUnit.DAYS)))
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
