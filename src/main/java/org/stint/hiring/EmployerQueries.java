package org.stint.hiring;

import static org.stint.hiring.HiringRows.PAY_AND_DISPUTE_COLUMNS;
import static org.stint.hiring.HiringRows.PAY_AND_DISPUTE_JOINS;
import static org.stint.hiring.HiringRows.dispute;
import static org.stint.hiring.HiringRows.hourCap;
import static org.stint.hiring.HiringRows.instant;
import static org.stint.hiring.HiringRows.pay;
import static org.stint.hiring.HiringRows.skills;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The employer's read models: a posting's applicants and one application, each in one statement. */
@Repository
class EmployerQueries {

    private final JdbcClient jdbc;

    private final ApplicationTimeline timelines;

    EmployerQueries(JdbcClient jdbc, ApplicationTimeline timelines) {
        this.jdbc = jdbc;
        this.timelines = timelines;
    }

    /**
     * The posting, if it belongs to the company this user is a member of: the applicant list's
     * ownership check and heading in one statement.
     */
    Optional<ApplicantList.Posting> postingOfMember(long postingId, long memberId) {
        return jdbc.sql("""
                        select p.id, p.title, p.openings from postings p
                        join company_members m on m.company_id = p.company_id
                        where p.id = :posting and m.user_id = :member
                        """)
                .param("posting", postingId)
                .param("member", memberId)
                .query((rs, row) ->
                        new ApplicantList.Posting(rs.getLong("id"), rs.getString("title"), rs.getInt("openings")))
                .optional();
    }

    /** All of a posting's applicants (a posting has tens, not thousands), oldest first. */
    List<ApplicantRow> applicants(long postingId) {
        return jdbc.sql("""
                        select a.id, u.display_name, un.name as university, s.programme, s.graduation_year, s.skills,
                               a.cover_note, a.status, a.submitted_at,
                               exists (select 1 from student_cvs cv where cv.student_id = s.user_id) as has_cv,
                               %s as hour_cap,
                               %s as committed
                        from applications a
                        join students s on s.user_id = a.student_id
                        join users u on u.id = s.user_id
                        join universities un on un.id = s.university_id
                        where a.posting_id = :postingId
                        order by a.submitted_at, a.id
                        """.formatted(HourCap.CAP_SQL, HourCap.COMMITTED_SQL))
                .param("postingId", postingId)
                .query((rs, row) -> new ApplicantRow(
                        rs.getLong("id"),
                        rs.getString("display_name"),
                        rs.getString("university"),
                        rs.getString("programme"),
                        (Short) rs.getObject("graduation_year", Short.class),
                        skills(rs.getArray("skills")),
                        rs.getString("cover_note"),
                        ApplicationStatus.valueOf(rs.getString("status")),
                        instant(rs, "submitted_at"),
                        rs.getBoolean("has_cv"),
                        hourCap(rs)))
                .list();
    }

    /**
     * The application with its student's profile, what is owed and paid, and its history, if it
     * was made to a posting of the company this user is a member of (the ownership check in the
     * same statement).
     */
    Optional<EmployerApplicationView> employerView(long applicationId, long memberId) {
        Optional<EmployerApplicationView> view = jdbc.sql("""
                        select a.id, a.posting_id, p.title, s.user_id as student_id, u.display_name, u.email,
                               un.name as university, s.programme, s.graduation_year, s.skills, s.bio, s.links,
                               exists (select 1 from student_cvs cv where cv.student_id = s.user_id) as has_cv,
                               a.cover_note, a.status, a.submitted_at, a.hours_worked, a.student_rating,
                               a.student_feedback, a.verification_code,
                               p.hours_per_week, p.duration_weeks,
                               (select sum(t.hours) from engagement_timesheets t
                                where t.application_id = a.id and t.status = 'APPROVED') as approved_hours,
                               %s as hour_cap,
                               %s as committed,
                               %s
                        from applications a
                        join postings p on p.id = a.posting_id
                        join company_members m on m.company_id = p.company_id and m.user_id = :member
                        join students s on s.user_id = a.student_id
                        join users u on u.id = s.user_id
                        join universities un on un.id = s.university_id
                        %s
                        where a.id = :id
                        """.formatted(
                                HourCap.CAP_SQL, HourCap.COMMITTED_SQL, PAY_AND_DISPUTE_COLUMNS, PAY_AND_DISPUTE_JOINS))
                .param("id", applicationId)
                .param("member", memberId)
                .query((rs, row) -> new EmployerApplicationView(
                        rs.getLong("id"),
                        rs.getLong("posting_id"),
                        rs.getString("title"),
                        rs.getLong("student_id"),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        rs.getString("university"),
                        rs.getString("programme"),
                        (Short) rs.getObject("graduation_year", Short.class),
                        skills(rs.getArray("skills")),
                        rs.getString("bio"),
                        rs.getString("links"),
                        rs.getBoolean("has_cv"),
                        rs.getString("cover_note"),
                        ApplicationStatus.valueOf(rs.getString("status")),
                        instant(rs, "submitted_at"),
                        rs.getBigDecimal("hours_worked"),
                        (Short) rs.getObject("student_rating", Short.class),
                        rs.getString("student_feedback"),
                        pay(rs),
                        dispute(rs),
                        hourCap(rs),
                        rs.getInt("hours_per_week"),
                        rs.getString("verification_code"),
                        new HourLimits(rs.getInt("hours_per_week"), rs.getInt("duration_weeks")),
                        rs.getBigDecimal("approved_hours"),
                        List.of()))
                .optional();
        return view.map(v -> v.withTimeline(timelines.timeline(applicationId)));
    }
}
