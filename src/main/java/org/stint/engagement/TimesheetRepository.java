package org.stint.engagement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of an engagement's hours: weekly timesheets and the history of every change to them. */
@Repository
class TimesheetRepository {

    private final JdbcClient jdbc;

    TimesheetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A timesheet as the rules need it. */
    record TimesheetRow(long id, LocalDate weekStart, BigDecimal hours, String status) {}

    Optional<TimesheetRow> timesheetOfWeek(long applicationId, LocalDate week) {
        return jdbc.sql("""
                        select id, week_start, hours, status from engagement_timesheets
                        where application_id = :id and week_start = :week for update
                        """)
                .param("id", applicationId)
                .param("week", week)
                .query((rs, row) -> timesheet(rs))
                .optional();
    }

    Optional<TimesheetRow> timesheet(long applicationId, long timesheetId) {
        return jdbc.sql("""
                        select id, week_start, hours, status from engagement_timesheets
                        where application_id = :id and id = :t for update
                        """)
                .param("id", applicationId)
                .param("t", timesheetId)
                .query((rs, row) -> timesheet(rs))
                .optional();
    }

    private static TimesheetRow timesheet(ResultSet rs) throws SQLException {
        return new TimesheetRow(
                rs.getLong("id"),
                rs.getObject("week_start", LocalDate.class),
                rs.getBigDecimal("hours"),
                rs.getString("status"));
    }

    /** The hours of every other week's timesheet, whatever its status. */
    BigDecimal hoursOfOtherWeeks(long applicationId, LocalDate week) {
        return jdbc.sql("""
                        select coalesce(sum(hours), 0) from engagement_timesheets
                        where application_id = :id and week_start <> :week
                        """)
                .param("id", applicationId)
                .param("week", week)
                .query(BigDecimal.class)
                .single();
    }

    long insertTimesheet(
            long applicationId, LocalDate week, BigDecimal hours, String note, String overReason, long student) {
        return jdbc.sql("""
                        insert into engagement_timesheets (application_id, week_start, hours, note, over_reason, submitted_by)
                        values (:id, :week, :hours, :note, :reason, :student) returning id
                        """)
                .param("id", applicationId)
                .param("week", week)
                .param("hours", hours)
                .param("note", note)
                .param("reason", overReason)
                .param("student", student)
                .query(Long.class)
                .single();
    }

    void updateTimesheet(long timesheetId, BigDecimal hours, String note, String overReason) {
        jdbc.sql("""
                        update engagement_timesheets
                        set hours = :hours, note = :note, over_reason = :reason, status = 'SUBMITTED', updated_at = now()
                        where id = :t
                        """)
                .param("t", timesheetId)
                .param("hours", hours)
                .param("note", note)
                .param("reason", overReason)
                .update();
    }

    void setTimesheetStatus(long timesheetId, TimesheetStatus status) {
        jdbc.sql("update engagement_timesheets set status = :status, updated_at = now() where id = :t")
                .param("t", timesheetId)
                .param("status", status.name())
                .update();
    }

    void correctTimesheet(long timesheetId, BigDecimal hours) {
        jdbc.sql("update engagement_timesheets set hours = :hours, updated_at = now() where id = :t")
                .param("t", timesheetId)
                .param("hours", hours)
                .update();
    }

    void hoursEvent(
            long applicationId,
            Long timesheetId,
            HoursAction action,
            BigDecimal hours,
            BigDecimal previousHours,
            String comment,
            long actor) {
        jdbc.sql("""
                        insert into engagement_hours_events
                            (application_id, timesheet_id, action, hours, previous_hours, comment, actor_user_id)
                        values (:id, :t, :action, :hours, :previous, :comment, :actor)
                        """)
                .param("id", applicationId)
                .param("t", timesheetId)
                .param("action", action.name())
                .param("hours", hours)
                .param("previous", previousHours)
                .param("comment", comment)
                .param("actor", actor)
                .update();
    }
}
