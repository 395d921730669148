package org.stint.hiring;

import static org.stint.hiring.HiringRows.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** An application's history of status changes, oldest first, and its latest change. */
@Repository
class ApplicationTimeline {

    private final JdbcClient jdbc;

    ApplicationTimeline(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                .query(ApplicationTimeline::entry)
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
                .query(ApplicationTimeline::entry)
                .optional();
    }

    /** A row of {@code from_status, to_status, display_name, note, occurred_at}. */
    private static TimelineEntry entry(ResultSet rs, int row) throws SQLException {
        String from = rs.getString("from_status");
        return new TimelineEntry(
                from == null ? null : ApplicationStatus.valueOf(from),
                ApplicationStatus.valueOf(rs.getString("to_status")),
                rs.getString("display_name"),
                rs.getString("note"),
                instant(rs, "occurred_at"));
    }
}
