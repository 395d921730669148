package org.stint.hiring;

import static org.stint.hiring.HiringRows.instant;

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
}
