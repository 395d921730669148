package org.stint.hiring;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stint.posting.PayType;
import org.stint.shared.Money;

/** The hiring pages' read models: each page's data in one or two joined queries. */
@Repository
class HiringQueries {

    private final JdbcClient jdbc;

    HiringQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        return view.map(v -> v.withTimeline(timeline(applicationId)));
    }

    StudentApplicationView studentView(long applicationId) {
        List<TimelineEntry> timeline = timeline(applicationId);
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

    List<TimelineEntry> timeline(long applicationId) {
        return jdbc.sql("""
                        select e.from_status, e.to_status, u.display_name, e.note, e.occurred_at
                        from application_events e
                        left join users u on u.id = e.actor_user_id
                        where e.application_id = :id
                        order by e.occurred_at, e.id
                        """)
                .param("id", applicationId)
                .query((rs, row) -> new TimelineEntry(
                        rs.getString("from_status") == null
                                ? null
                                : ApplicationStatus.valueOf(rs.getString("from_status")),
                        ApplicationStatus.valueOf(rs.getString("to_status")),
                        rs.getString("display_name"),
                        rs.getString("note"),
                        instant(rs, "occurred_at")))
                .list();
    }

    /** The posting's hours and the approved timesheets' total (null when none is approved). */
    record HoursContext(HourLimits limits, BigDecimal approvedHours) {}

    /**
     * {@link HoursContext} in one statement. Timesheets are the engagement module's table; the
     * completion total is read here in SQL, as the hiring pages read the students' and companies'
     * tables, so that hiring does not depend on the module that depends on it.
     */
    HoursContext hoursContext(long applicationId) {
        return jdbc.sql("""
                        select p.hours_per_week, p.duration_weeks,
                               (select sum(t.hours) from engagement_timesheets t
                                where t.application_id = a.id and t.status = 'APPROVED') as approved
                        from applications a join postings p on p.id = a.posting_id
                        where a.id = :id
                        """)
                .param("id", applicationId)
                .query((rs, row) -> new HoursContext(
                        new HourLimits(rs.getInt("hours_per_week"), rs.getInt("duration_weeks")),
                        rs.getBigDecimal("approved")))
                .single();
    }

    /** The posting's pay, the payment recorded and the dispute, for {@link #pay} and {@link #dispute}. */
    static final String PAY_AND_DISPUTE_COLUMNS = """
            p.pay_amount_minor, p.pay_currency, p.pay_type,
            pay.amount_minor as paid_minor, pay.currency as paid_currency, pay.paid_on,
            pay.reference as paid_reference, pay.note as paid_note,
            d.id as dispute_id, d.reason as dispute_reason, d.raised_at as dispute_raised_at,
            d.outcome as dispute_outcome, d.outcome_note as dispute_outcome_note,
            du.display_name as dispute_decided_by, d.decided_at as dispute_decided_at""";

    static final String PAY_AND_DISPUTE_JOINS = """
            left join payments pay on pay.application_id = a.id
            left join payment_disputes d on d.application_id = a.id
            left join users du on du.id = d.decided_by""";

    private static PaySummary pay(ResultSet rs) throws SQLException {
        Money owed = HiringService.amountOwed(
                Money.of(rs.getLong("pay_amount_minor"), rs.getString("pay_currency")),
                PayType.valueOf(rs.getString("pay_type")),
                rs.getBigDecimal("hours_worked"));
        Money paid = rs.getString("paid_currency") == null
                ? null
                : Money.of(rs.getLong("paid_minor"), rs.getString("paid_currency"));
        return new PaySummary(
                owed,
                paid,
                rs.getObject("paid_on", LocalDate.class),
                rs.getString("paid_reference"),
                rs.getString("paid_note"));
    }

    static DisputeView dispute(ResultSet rs) throws SQLException {
        long id = rs.getLong("dispute_id");
        if (rs.wasNull()) {
            return null;
        }
        String outcome = rs.getString("dispute_outcome");
        return new DisputeView(
                id,
                rs.getString("dispute_reason"),
                instant(rs, "dispute_raised_at"),
                outcome == null ? null : DisputeOutcome.valueOf(outcome),
                rs.getString("dispute_outcome_note"),
                rs.getString("dispute_decided_by"),
                instant(rs, "dispute_decided_at"));
    }

    private static HourCap hourCap(ResultSet rs) throws SQLException {
        int cap = rs.getInt("hour_cap");
        Integer value = rs.wasNull() ? null : cap;
        return new HourCap(value, rs.getInt("committed"));
    }

    /**
     * Locks the student's row until the hiring transaction ends, so that hires of one student run
     * one after another. Hires lock the posting first and the student second, always in that
     * order. "No key update" leaves applying (which only needs the key) free to go on.
     */
    void lockStudent(long studentId) {
        jdbc.sql("select user_id from students where user_id = :student for no key update")
                .param("student", studentId)
                .query(Long.class)
                .optional();
    }

    /**
     * The student's cap and committed hours, read after {@link #lockStudent} in a statement of its
     * own, so that it sees every hire committed while it waited for the lock.
     */
    HourCap hourCapOf(long studentId) {
        return jdbc.sql("select " + HourCap.CAP_SQL + " as hour_cap, " + HourCap.COMMITTED_SQL + """
                         as committed
                        from students s join universities un on un.id = s.university_id
                        where s.user_id = :student
                        """)
                .param("student", studentId)
                .query((rs, row) -> hourCap(rs))
                .single();
    }

    int hoursPerWeek(long postingId) {
        return jdbc.sql("select hours_per_week from postings where id = :posting")
                .param("posting", postingId)
                .query(Integer.class)
                .single();
    }

    /**
     * Pay disputes of the staff member's own university's students (one, when {@code disputeId} is
     * given), open ones first, newest first: the university check is in the same statement.
     */
    List<StaffDispute> disputesForStaff(long staffUserId, Long disputeId) {
        return jdbc.sql("""
                        select a.id as application_id, a.posting_id, a.student_id, u.display_name as student_name,
                               p.title, c.name as company_name, a.hours_worked,
                               %s
                        from payment_disputes d
                        join applications a on a.id = d.application_id
                        join students s on s.user_id = a.student_id
                        join university_staff st on st.university_id = s.university_id and st.user_id = :staff
                        join users u on u.id = s.user_id
                        join postings p on p.id = a.posting_id
                        join companies c on c.id = p.company_id
                        left join payments pay on pay.application_id = a.id
                        left join users du on du.id = d.decided_by
                        where cast(:dispute as bigint) is null or d.id = :dispute
                        order by d.outcome is not null, d.raised_at desc, d.id desc
                        limit 200
                        """.formatted(PAY_AND_DISPUTE_COLUMNS))
                .param("staff", staffUserId)
                .param("dispute", disputeId)
                .query((rs, row) -> new StaffDispute(
                        rs.getLong("application_id"),
                        rs.getLong("posting_id"),
                        rs.getLong("student_id"),
                        rs.getString("student_name"),
                        rs.getString("title"),
                        rs.getString("company_name"),
                        rs.getBigDecimal("hours_worked"),
                        pay(rs),
                        dispute(rs)))
                .list();
    }

    /** The application's latest history entry: its withdrawal, for undoing it. */
    Optional<TimelineEntry> latestChange(long applicationId) {
        return jdbc.sql("""
                        select e.from_status, e.to_status, null as display_name, e.note, e.occurred_at
                        from application_events e
                        where e.application_id = :id
                        order by e.occurred_at desc, e.id desc
                        limit 1
                        """)
                .param("id", applicationId)
                .query((rs, row) -> new TimelineEntry(
                        rs.getString("from_status") == null
                                ? null
                                : ApplicationStatus.valueOf(rs.getString("from_status")),
                        ApplicationStatus.valueOf(rs.getString("to_status")),
                        null,
                        rs.getString("note"),
                        instant(rs, "occurred_at")))
                .optional();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static List<String> skills(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
