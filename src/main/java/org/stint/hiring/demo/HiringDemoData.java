package org.stint.hiring.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo applications moved along the workflow (with their history, completions, ratings and
 * payments), the demo engagement's hire, and a pay dispute. Every step happened in the past and
 * none should send a notice, so this writes the hiring module's own tables ({@code applications},
 * {@code application_events}, {@code payments}, {@code payment_disputes}) directly.
 */
@Component
public class HiringDemoData {

    /** An open posting as the demo applies to it: who decides, how many may be hired, what completion earns. */
    public record Opening(
            long id, long employer, int openings, int hoursPerWeek, int weeks, long payTotalMinor, String currency) {}

    private static final String[] STATUSES = {
        "SUBMITTED", "SUBMITTED", "SHORTLISTED", "REJECTED", "HIRED", "WITHDRAWN", "COMPLETED"
    };

    private final JdbcClient jdbc;

    HiringDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The {@code n}th demo student's applications to {@code openings} (four for the first student,
     * two to four for the others), each moved along the workflow; {@code appliedTo} hears of each
     * application's posting and time before its history is written. How many applications were made.
     */
    public int applications(
            int n,
            long student,
            String programme,
            List<Opening> openings,
            BiConsumer<Long, Instant> appliedTo,
            Instant now,
            Random random) {
        int applications = 0;
        int count = n == 0 ? 4 : 2 + random.nextInt(3);
        for (int a = 0; a < count; a++) {
            Opening posting = openings.get((n * 5 + a * 11) % openings.size());
            String status = n == 0 ? STATUSES[a * 2 % STATUSES.length] : STATUSES[random.nextInt(STATUSES.length)];
            Instant submitted = submittedAt(status, now, random.nextInt(24 * 14));
            Optional<Long> inserted = jdbc.sql("""
                            insert into applications (posting_id, student_id, cover_note, status, submitted_at, updated_at)
                            values (:posting, :student, :note, 'SUBMITTED', :submitted, :submitted)
                            on conflict (posting_id, student_id) do nothing
                            returning id
                            """)
                    .param("posting", posting.id())
                    .param("student", student)
                    .param(
                            "note",
                            "I would love to work on this. My course in " + programme
                                    + " has prepared me well, and I can give it the hours you ask for.")
                    .param("submitted", Timestamp.from(submitted))
                    .query(Long.class)
                    .optional();
            if (inserted.isPresent()) {
                applications++;
                appliedTo.accept(posting.id(), submitted);
                history(inserted.get(), null, "SUBMITTED", student, submitted, null);
                new Progress(jdbc, this).to(inserted.get(), student, posting, status, submitted, random);
            }
        }
        return applications;
    }

    /**
     * When a demo application was sent, far enough back that everything its status describes has
     * already happened: a decision comes up to 2 days after it, a hire a day after that, and
     * completed work 7 to 21 days after the hire, so no date lies in the future.
     */
    static Instant submittedAt(String status, Instant now, int hoursBack) {
        int daysBefore = switch (status) {
            case "SUBMITTED" -> 0;
            case "COMPLETED" -> 25;
            default -> 4;
        };
        return now.minus(daysBefore, ChronoUnit.DAYS).minus(1 + hoursBack, ChronoUnit.HOURS);
    }

    /**
     * The demo engagement's application: sent at {@code applied}, shortlisted a day later and hired
     * at {@code hired} by {@code employer}; its id.
     */
    public long hired(long posting, long student, long employer, Instant applied, Instant hired) {
        long application = jdbc.sql("""
                        insert into applications (posting_id, student_id, cover_note, status, submitted_at, updated_at, hired_at)
                        values (:posting, :student, :note, 'HIRED', :applied, :hired, :hired) returning id
                        """)
                .param("posting", posting)
                .param("student", student)
                .param("note", "I built survey dashboards for two student societies and would love to do this one.")
                .param("applied", Timestamp.from(applied))
                .param("hired", Timestamp.from(hired))
                .query(Long.class)
                .single();
        history(application, null, "SUBMITTED", student, applied, null);
        history(application, "SUBMITTED", "SHORTLISTED", employer, applied.plus(1, ChronoUnit.DAYS), null);
        history(application, "SHORTLISTED", "HIRED", employer, hired, null);
        return application;
    }

    /**
     * One of {@code students}' completed works ({@code preferred}'s if they have one) was paid less
     * than owed, with a note, and the student disputes it; the dispute is open for the career office.
     */
    public void dispute(List<Long> students, long preferred, Instant now) {
        jdbc.sql("""
                        select a.id, a.student_id, pay.amount_minor from applications a
                        join payments pay on pay.application_id = a.id
                        where a.student_id in (:students) and a.status = 'COMPLETED'
                        order by (a.student_id = :preferred) desc, a.id
                        limit 1
                        """)
                .param("students", students)
                .param("preferred", preferred)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .optional()
                .ifPresent(row -> {
                    jdbc.sql("""
                                    update payments set amount_minor = :paid,
                                        note = 'Paid for the hours we planned; the extra hours were not agreed in advance.'
                                    where application_id = :id
                                    """)
                            .param("paid", row[2] * 4 / 5)
                            .param("id", row[0])
                            .update();
                    jdbc.sql("""
                                    insert into payment_disputes (application_id, reason, raised_by, raised_at)
                                    values (:id, :reason, :student, :at)
                                    """)
                            .param("id", row[0])
                            .param(
                                    "reason",
                                    "The extra hours were agreed by e-mail with my mentor in week two; "
                                            + "one fifth of the fee is still missing.")
                            .param("student", row[1])
                            .param("at", Timestamp.from(now.minus(1, ChronoUnit.DAYS)))
                            .update();
                });
    }

    /** A change of an application's status, in its history. */
    void history(long application, String from, String to, long actor, Instant at, String note) {
        jdbc.sql("""
                        insert into application_events (application_id, from_status, to_status, actor_user_id, note, occurred_at)
                        values (:application, :from, :to, :actor, :note, :at)
                        """)
                .param("application", application)
                .param("from", from)
                .param("to", to)
                .param("actor", actor)
                .param("note", note)
                .param("at", Timestamp.from(at))
                .update();
    }
}
