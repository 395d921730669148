package org.stint.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A job application. Defaults: SUBMITTED now with a short cover note, no hire, completion or
 * ratings. A completed application gets a unique verification code.
 */
public final class ApplicationFixture {

    private final JdbcClient jdbc;
    private final long posting;
    private final long student;
    private String status = "SUBMITTED";
    private String coverNote = "Cover note";
    private Instant submitted;
    private Instant hired;
    private Instant completed;
    private Double hours;
    private Integer studentRating;
    private Integer employerRating;
    private String feedback;

    ApplicationFixture(JdbcClient jdbc, long posting, long student) {
        this.jdbc = jdbc;
        this.posting = posting;
        this.student = student;
    }

    private static Instant daysAgo(int days) {
        return Instant.now().minus(days, ChronoUnit.DAYS);
    }

    /**
     * The status with a plausible timeline: applied five days ago; hired one day ago; completed
     * work was applied for 20 days ago, hired 15 days ago and finished yesterday after 40 hours.
     */
    public ApplicationFixture inState(String value) {
        status = value;
        submitted = daysAgo(5);
        if (value.equals("HIRED")) {
            hired = daysAgo(1);
        }
        if (value.equals("COMPLETED")) {
            submitted = daysAgo(20);
            hired = daysAgo(15);
            completed = daysAgo(1);
            hours = 40.0;
        }
        return this;
    }

    /** Only the status; the timeline stays as set. */
    public ApplicationFixture status(String value) {
        status = value;
        return this;
    }

    public ApplicationFixture coverNote(String value) {
        coverNote = value;
        return this;
    }

    public ApplicationFixture submitted(Instant at) {
        submitted = at;
        return this;
    }

    public ApplicationFixture hired(Instant at) {
        hired = at;
        return this;
    }

    public ApplicationFixture completed(Instant at) {
        completed = at;
        return this;
    }

    public ApplicationFixture hours(Double worked) {
        hours = worked;
        return this;
    }

    /** The employer's rating of the student's work. */
    public ApplicationFixture studentRating(Integer stars) {
        studentRating = stars;
        return this;
    }

    /** The student's rating of the employer. */
    public ApplicationFixture employerRating(Integer stars) {
        employerRating = stars;
        return this;
    }

    /** The employer's words on the student's work. */
    public ApplicationFixture feedback(String words) {
        feedback = words;
        return this;
    }

    public long create() {
        return jdbc.sql("""
                        insert into applications (posting_id, student_id, cover_note, status, submitted_at, updated_at,
                            hired_at, completed_at, hours_worked, student_rating, employer_rating, student_feedback,
                            verification_code)
                        values (:posting, :student, :note, :status, coalesce(cast(:submitted as timestamptz), now()),
                            coalesce(cast(:submitted as timestamptz), now()), cast(:hired as timestamptz), cast(:completed as timestamptz), cast(:hours as numeric), :studentRating,
                            :employerRating, :feedback, :code)
                        returning id
                        """)
                .param("posting", posting)
                .param("student", student)
                .param("note", coverNote)
                .param("status", status)
                .param("submitted", timestamp(submitted))
                .param("hired", timestamp(hired))
                .param("completed", timestamp(completed))
                .param("hours", hours)
                .param("studentRating", studentRating)
                .param("employerRating", employerRating)
                .param("feedback", feedback)
                .param("code", completed == null ? null : Fixtures.unique("v"))
                .query(Long.class)
                .single();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
