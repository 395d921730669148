package org.stint.hiring;

import static org.stint.hiring.HiringRows.hourCap;

import java.math.BigDecimal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The hours a hire and a completion are checked against: the posting's limits and the student's cap. */
@Repository
class HourQueries {

    private final JdbcClient jdbc;

    HourQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
}
