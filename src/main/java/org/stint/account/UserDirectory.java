package org.stint.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every account, for administrators: find people, disable and enable them. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    public static final int PAGE_SIZE = 50;

    /** A user in the administrator's list. */
    public record UserRow(long id, String email, String displayName, Role role, boolean enabled, Instant createdAt) {}

    /** One page of users and whether there is another. */
    public record UserPage(List<UserRow> users, int page, boolean hasNext) {}

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    UserDirectory(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A row of the {@code users} columns both queries select. */
    private static UserRow userRow(ResultSet rs, int row) throws SQLException {
        return new UserRow(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant());
    }

    /** Users whose e-mail or name contains {@code q} (all when blank), newest first. */
    public UserPage find(String q, int page) {
        int pageNumber = Math.max(1, Math.min(page, 10_000));
        String pattern = q == null || q.isBlank()
                ? null
                : "%"
                        + q.strip()
                                .toLowerCase(java.util.Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
        List<UserRow> rows = jdbc.sql("""
                        select id, email, display_name, role, enabled, created_at from users
                        where cast(:pattern as text) is null or email like :pattern or lower(display_name) like :pattern
                        order by created_at desc, id desc
                        limit :limit offset :offset
                        """)
                .param("pattern", pattern)
                .param("limit", PAGE_SIZE + 1)
                .param("offset", (long) (pageNumber - 1) * PAGE_SIZE)
                .query(UserDirectory::userRow)
                .list();
        boolean more = rows.size() > PAGE_SIZE;
        return new UserPage(more ? rows.subList(0, PAGE_SIZE) : rows, pageNumber, more);
    }

    /** One user, for the administrator's confirm step. */
    public java.util.Optional<UserRow> findById(long id) {
        return jdbc.sql("select id, email, display_name, role, enabled, created_at from users where id = :id")
                .param("id", id)
                .query(UserDirectory::userRow)
                .optional();
    }

    /**
     * Disables or enables an account; a disabled account cannot sign in, and disabling publishes
     * {@link AccountDisabled} so that its open sessions end.
     *
     * @return false when there is no such user, the caller is not an enabled administrator (checked
     *     here too, not only by the URL rule), or an administrator tried to disable themself
     */
    @Transactional
    public boolean setEnabled(long adminUserId, long userId, boolean enabled) {
        if (adminUserId == userId && !enabled) {
            return false;
        }
        List<String> changed = jdbc.sql("""
                                update users set enabled = :enabled, updated_at = now()
                                where id = :id and exists (select 1 from users a
                                                           where a.id = :admin and a.role = 'ADMIN' and a.enabled)
                                returning email
                                """)
                .param("enabled", enabled)
                .param("id", userId)
                .param("admin", adminUserId)
                .query(String.class)
                .list();
        if (!enabled) {
            changed.forEach(email -> events.publishEvent(new AccountDisabled(userId, email)));
        }
        return changed.size() == 1;
    }
}
