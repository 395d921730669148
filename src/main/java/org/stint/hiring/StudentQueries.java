package org.stint.hiring;

import static org.stint.hiring.HiringRows.PAY_AND_DISPUTE_COLUMNS;
import static org.stint.hiring.HiringRows.PAY_AND_DISPUTE_JOINS;
import static org.stint.hiring.HiringRows.dispute;
import static org.stint.hiring.HiringRows.instant;
import static org.stint.hiring.HiringRows.pay;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The student's read models: their applications, the apply form's start, and one application. */
@Repository
class StudentQueries {

    private final JdbcClient jdbc;

    private final ApplicationTimeline timelines;

    StudentQueries(JdbcClient jdbc, ApplicationTimeline timelines) {
        this.jdbc = jdbc;
        this.timelines = timelines;
    }

    /** What the apply form needs to know first: the student's application to the posting, and whether they have a CV. */
    record ApplyStart(Optional<Long> existing, boolean hasCv) {}

    /** {@link ApplyStart} in one statement. */
    ApplyStart applyStart(long studentId, long postingId) {
        return jdbc.sql("""
                        select (select a.id from applications a
                                where a.posting_id = :posting and a.student_id = :student) as existing,
                               exists (select 1 from student_cvs cv where cv.student_id = :student) as has_cv
                        """)
                .param("posting", postingId)
                .param("student", studentId)
                .query((rs, row) -> {
                    long id = rs.getLong("existing");
                    return new ApplyStart(rs.wasNull() ? Optional.empty() : Optional.of(id), rs.getBoolean("has_cv"));
                })
                .single();
    }

    /** Inserts unless this student already applied; empty when they had. */
    Optional<Long> insertApplication(long postingId, long studentId, String coverNote) {
        return jdbc.sql("""
                        insert into applications (posting_id, student_id, cover_note)
                        values (:posting, :student, :note)
                        on conflict (posting_id, student_id) do nothing
                        returning id
                        """)
                .param("posting", postingId)
                .param("student", studentId)
                .param("note", coverNote)
                .query(Long.class)
                .optional();
    }

    List<MyApplication> applicationsOf(long studentId) {
        return jdbc.sql("""
                        select a.id, a.posting_id, p.title, c.name as company_name, a.status,
                               a.submitted_at, a.updated_at
                        from applications a
                        join postings p on p.id = a.posting_id
                        join companies c on c.id = p.company_id
                        where a.student_id = :studentId
                        order by a.submitted_at desc, a.id desc
                        """)
                .param("studentId", studentId)
                .query((rs, row) -> new MyApplication(
                        rs.getLong("id"),
                        rs.getLong("posting_id"),
                        rs.getString("title"),
                        rs.getString("company_name"),
                        ApplicationStatus.valueOf(rs.getString("status")),
                        instant(rs, "submitted_at"),
                        instant(rs, "updated_at")))
                .list();
    }

    StudentApplicationView studentView(long applicationId) {
        List<TimelineEntry> timeline = timelines.timeline(applicationId);
        return jdbc.sql("""
                        select a.id, a.posting_id, p.title, c.name as company_name, a.cover_note, a.status,
                               a.submitted_at, a.hours_worked, a.student_rating, a.student_feedback,
                               a.employer_rating, a.employer_comment, a.verification_code,
                               %s
                        from applications a
                        join postings p on p.id = a.posting_id
                        join companies c on c.id = p.company_id
                        %s
                        where a.id = :id
                        """.formatted(PAY_AND_DISPUTE_COLUMNS, PAY_AND_DISPUTE_JOINS))
                .param("id", applicationId)
                .query((rs, row) -> new StudentApplicationView(
                        rs.getLong("id"),
                        rs.getLong("posting_id"),
                        rs.getString("title"),
                        rs.getString("company_name"),
                        rs.getString("cover_note"),
                        ApplicationStatus.valueOf(rs.getString("status")),
                        instant(rs, "submitted_at"),
                        rs.getBigDecimal("hours_worked"),
                        (Short) rs.getObject("student_rating", Short.class),
                        rs.getString("student_feedback"),
                        (Short) rs.getObject("employer_rating", Short.class),
                        rs.getString("employer_comment"),
                        rs.getString("verification_code"),
                        pay(rs),
                        dispute(rs),
                        timeline))
                .single();
    }
}
