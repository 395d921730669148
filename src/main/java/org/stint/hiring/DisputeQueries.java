package org.stint.hiring;

import static org.stint.hiring.HiringRows.PAY_AND_DISPUTE_COLUMNS;
import static org.stint.hiring.HiringRows.dispute;
import static org.stint.hiring.HiringRows.pay;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The career office's read model of its students' pay disputes. */
@Repository
class DisputeQueries {

    private final JdbcClient jdbc;

    DisputeQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
