package org.stint.hiring.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.hiring.demo.HiringDemoData.Opening;

/** Moves a demo application along the workflow to a status, as its employer (or its student) would. */
final class Progress {

    private final JdbcClient jdbc;

    private final HiringDemoData hiring;

    Progress(JdbcClient jdbc, HiringDemoData hiring) {
        this.jdbc = jdbc;
        this.hiring = hiring;
    }

    /**
     * Withdrawn or rejected a little after {@code submitted}, or shortlisted and then hired a day
     * later while the posting has an opening left, and completed, rated and paid 7 to 21 days after.
     */
    void to(long application, long student, Opening posting, String status, Instant submitted, Random random) {
        if (status.equals("SUBMITTED")) {
            return;
        }
        long employer = posting.employer();
        Instant at = submitted.plus(1 + random.nextInt(48), ChronoUnit.HOURS);
        String from = "SUBMITTED";
        if (status.equals("WITHDRAWN")) {
            move(application, from, status, student, at, null);
            return;
        }
        if (status.equals("REJECTED")) {
            move(application, from, status, employer, at, "Thank you; we chose a candidate with more experience.");
            return;
        }
        move(application, from, "SHORTLISTED", employer, at, null);
        if (status.equals("SHORTLISTED")) {
            return;
        }
        at = at.plus(1, ChronoUnit.DAYS);
        long hires =
                jdbc.sql("""
                        select count(*) from applications
                        where posting_id = :posting and status in ('HIRED', 'COMPLETED')
                        """).param("posting", posting.id()).query(Long.class).single();
        if (hires >= posting.openings()) {
            return;
        }
        move(application, "SHORTLISTED", "HIRED", employer, at, null);
        jdbc.sql("update applications set hired_at = :at where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", application)
                .update();
        if (status.equals("HIRED")) {
            return;
        }
        Instant done = at.plus(7 + random.nextInt(14), ChronoUnit.DAYS);
        int rating = 3 + random.nextInt(3);
        jdbc.sql("""
                        update applications set status = 'COMPLETED', completed_at = :done, hours_worked = :hours,
                            verification_code = :code, student_rating = :rating, student_feedback = :feedback,
                            employer_rating = :employerRating, employer_comment = :comment, employer_rated_at = :done
                        where id = :id
                        """)
                .param("done", Timestamp.from(done))
                .param("hours", posting.hoursPerWeek() * posting.weeks())
                .param("code", "demo" + Long.toHexString(random.nextLong()) + Long.toHexString(application))
                .param("rating", rating)
                .param("feedback", "Reliable, curious and clear in writing. Delivered everything we agreed.")
                .param("employerRating", 4 + random.nextInt(2))
                .param("comment", "A well-organised project with a helpful mentor.")
                .param("id", application)
                .update();
        hiring.history(application, "HIRED", "COMPLETED", employer, done, null);
        jdbc.sql("""
                        insert into payments (application_id, amount_minor, currency, paid_on, reference, recorded_by)
                        values (:id, :amount, :currency, (:done)::date, :reference, :employer)
                        """)
                .param("id", application)
                .param("amount", posting.payTotalMinor())
                .param("currency", posting.currency())
                .param("done", Timestamp.from(done))
                .param("reference", "INV-" + (1000 + application))
                .param("employer", employer)
                .update();
    }

    private void move(long application, String from, String to, long actor, Instant at, String note) {
        jdbc.sql("update applications set status = :to, updated_at = :at where id = :id")
                .param("to", to)
                .param("at", Timestamp.from(at))
                .param("id", application)
                .update();
        hiring.history(application, from, to, actor, at, note);
    }
}
