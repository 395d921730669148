package org.stint.engagement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The engagement's SQL. The page is two statements: the engagement with the viewer's standing
 * (and their read marker, moved in the same statement), and every item of the timeline in one
 * {@code union all}.
 */
@Repository
class EngagementRepository {

    private final JdbcClient jdbc;

    EngagementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String HEADER = """
            select a.id, a.status, a.student_id, su.display_name as student_name, un.name as university_name,
                   p.id as posting_id, p.title, p.company_id, c.name as company_name,
                   p.hours_per_week, p.duration_weeks, a.hired_at, a.completed_at, a.hours_worked,
                   exists (select 1 from company_members m
                           where m.company_id = p.company_id and m.user_id = :viewer) as member,
                   exists (select 1 from university_staff st
                           where st.university_id = s.university_id and st.user_id = :viewer) as staff
            from applications a
            join postings p on p.id = a.posting_id
            join companies c on c.id = p.company_id
            join students s on s.user_id = a.student_id
            join users su on su.id = a.student_id
            join universities un on un.id = s.university_id
            where a.id = :id and a.status in ('HIRED', 'COMPLETED')
            """;

    /**
     * The engagement and the viewer's standing in it, if it is an engagement (hired or completed);
     * with {@code lock}, its application row is locked, so changes to one engagement run one after
     * another (two edits of one week's timesheet, say, never both pass the hour rule).
     */
    Optional<EngagementPage.Header> header(long id, long viewer, boolean lock) {
        return jdbc.sql(lock ? HEADER + " for update of a" : HEADER)
                .param("id", id)
                .param("viewer", viewer)
                .query((rs, row) -> header(rs, null))
                .optional();
    }

    /**
     * The engagement for the page, moving the viewer's read marker to now when {@code party}
     * says they take part; the marker as it was before comes back, so the page can mark what is new.
     */
    Optional<EngagementPage.Header> headerMarkingRead(long id, long viewer, boolean party) {
        return jdbc.sql("with h as (" + HEADER + """
                        ),
                        previous as (
                            select r.last_read_at from engagement_reads r
                            where r.application_id = :id and r.user_id = :viewer
                        ),
                        moved as (
                            insert into engagement_reads (application_id, user_id, last_read_at)
                            select h.id, :viewer, now() from h
                            where :party and (h.student_id = :viewer or h.member)
                            on conflict (application_id, user_id) do update set last_read_at = excluded.last_read_at
                        )
                        select h.*, (select last_read_at from previous) as last_read_at from h
                        """)
                .param("id", id)
                .param("viewer", viewer)
                .param("party", party)
                .query((rs, row) -> header(rs, instant(rs, "last_read_at")))
                .optional();
    }

    private static EngagementPage.Header header(ResultSet rs, Instant lastRead) throws SQLException {
        return new EngagementPage.Header(
                rs.getLong("id"),
                rs.getString("status"),
                rs.getLong("student_id"),
                rs.getString("student_name"),
                rs.getString("university_name"),
                rs.getLong("posting_id"),
                rs.getString("title"),
                rs.getLong("company_id"),
                rs.getString("company_name"),
                rs.getInt("hours_per_week"),
                rs.getInt("duration_weeks"),
                instant(rs, "hired_at"),
                instant(rs, "completed_at"),
                rs.getBigDecimal("hours_worked"),
                rs.getBoolean("member"),
                rs.getBoolean("staff"),
                lastRead);
    }

    /** One row of the union: every kind of item in the same columns. */
    record Item(
            String kind,
            long id,
            Long parentId,
            Instant at,
            Long actorId,
            String actorName,
            String title,
            String body,
            String url,
            String fileName,
            Integer sizeBytes,
            String status,
            BigDecimal hours,
            BigDecimal previousHours,
            LocalDate day,
            String reason) {}

    /** Every item of the engagement, oldest first: one statement, whatever their number. */
    List<Item> items(long id) {
        return jdbc.sql("""
                        select 'STATUS' as kind, e.id, null::bigint as parent_id, e.occurred_at as at,
                               e.actor_user_id as actor_id, u.display_name as actor_name, e.to_status as title,
                               e.note as body, null as url, null as file_name, null::int as size_bytes,
                               e.from_status as status, null::numeric as hours, null::numeric as previous_hours,
                               null::date as day, null as reason
                        from application_events e left join users u on u.id = e.actor_user_id
                        where e.application_id = :id and e.to_status in ('HIRED', 'COMPLETED')
                        union all
                        select 'MESSAGE', m.id, null, m.created_at, m.author_user_id, u.display_name, null, m.body,
                               null, null, null, null, null, null, null, null
                        from engagement_messages m join users u on u.id = m.author_user_id
                        where m.application_id = :id
                        union all
                        select 'DELIVERABLE', d.id, null, d.submitted_at, d.submitted_by, u.display_name, d.title,
                               d.note, d.link_url, d.file_name, d.size_bytes, d.status, null, null, null, null
                        from engagement_deliverables d join users u on u.id = d.submitted_by
                        where d.application_id = :id
                        union all
                        select 'REVIEW', r.id, r.deliverable_id, r.reviewed_at, r.reviewer_user_id, u.display_name,
                               d.title, r.comment, null, null, null, r.decision, null, null, null, null
                        from engagement_deliverable_reviews r
                        join engagement_deliverables d on d.id = r.deliverable_id
                        join users u on u.id = r.reviewer_user_id
                        where r.application_id = :id
                        union all
                        select 'MILESTONE', ms.id, null, ms.created_at, ms.created_by, u.display_name, ms.title,
                               null, null, null, null, null, null, null, ms.due_on, null
                        from engagement_milestones ms join users u on u.id = ms.created_by
                        where ms.application_id = :id
                        union all
                        select 'TIMESHEET', t.id, null, t.updated_at, t.submitted_by, u.display_name, null, t.note,
                               null, null, null, t.status, t.hours, null, t.week_start, t.over_reason
                        from engagement_timesheets t join users u on u.id = t.submitted_by
                        where t.application_id = :id
                        union all
                        select 'HOURS', h.id, h.timesheet_id, h.occurred_at, h.actor_user_id, u.display_name, null,
                               h.comment, null, null, null, h.action, h.hours, h.previous_hours, t.week_start, null
                        from engagement_hours_events h
                        join users u on u.id = h.actor_user_id
                        left join engagement_timesheets t on t.id = h.timesheet_id
                        where h.application_id = :id
                        order by at, id
                        """)
                .param("id", id)
                .query((rs, row) -> new Item(
                        rs.getString("kind"),
                        rs.getLong("id"),
                        (Long) rs.getObject("parent_id", Long.class),
                        instant(rs, "at"),
                        (Long) rs.getObject("actor_id", Long.class),
                        rs.getString("actor_name"),
                        rs.getString("title"),
                        rs.getString("body"),
                        rs.getString("url"),
                        rs.getString("file_name"),
                        (Integer) rs.getObject("size_bytes", Integer.class),
                        rs.getString("status"),
                        rs.getBigDecimal("hours"),
                        rs.getBigDecimal("previous_hours"),
                        rs.getObject("day", LocalDate.class),
                        rs.getString("reason")))
                .list();
    }

    /** The latest 200 engagements of the students of this staff member's university: one statement. */
    List<StaffEngagementsController.Row> forStaff(long staffId) {
        return jdbc.sql("""
                        select a.id, u.display_name, p.title, c.name as company_name, a.status, a.hired_at,
                               a.completed_at, a.hours_worked
                        from university_staff st
                        join students s on s.university_id = st.university_id
                        join applications a on a.student_id = s.user_id and a.status in ('HIRED', 'COMPLETED')
                        join users u on u.id = s.user_id
                        join postings p on p.id = a.posting_id
                        join companies c on c.id = p.company_id
                        where st.user_id = :staff
                        order by coalesce(a.completed_at, a.hired_at) desc nulls last, a.id desc
                        limit 200
                        """)
                .param("staff", staffId)
                .query((rs, row) -> new StaffEngagementsController.Row(
                        rs.getLong("id"),
                        rs.getString("display_name"),
                        rs.getString("title"),
                        rs.getString("company_name"),
                        rs.getString("status"),
                        day(rs.getObject("hired_at", OffsetDateTime.class)),
                        day(rs.getObject("completed_at", OffsetDateTime.class)),
                        rs.getBigDecimal("hours_worked")))
                .list();
    }

    private static LocalDate day(OffsetDateTime at) {
        return at == null
                ? null
                : at.atZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
