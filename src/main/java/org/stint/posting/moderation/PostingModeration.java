package org.stint.posting.moderation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.posting.Posting;
import org.stint.posting.PostingHidden;
import org.stint.posting.PostingNotFoundException;
import org.stint.posting.PostingRepository;
import org.stint.posting.PostingsForHiring;

/**
 * Flags on postings (reports of abuse) and what administrators do about them: hide the posting (it closes, leaves
 * every list and page, and its company is told why) or dismiss the report.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("moderation")
public class PostingModeration {

    private final JdbcClient jdbc;

    private final PostingsForHiring postings;

    private final PostingRepository repository;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    PostingModeration(
            JdbcClient jdbc,
            PostingsForHiring postings,
            PostingRepository repository,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.postings = postings;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a flag; a second open flag by the same person on the same posting is ignored.
     *
     * @throws PostingNotFoundException when the reporter may not see the posting
     */
    @Transactional
    void flag(long postingId, long reporterUserId, String reason) {
        postings.requireVisibleTo(postingId, reporterUserId);
        jdbc.sql("""
                        insert into posting_reports (posting_id, reporter_user_id, reason, created_at)
                        values (:posting, :reporter, :reason, :now)
                        on conflict do nothing
                        """)
                .param("posting", postingId)
                .param("reporter", reporterUserId)
                .param("reason", reason.strip())
                .param("now", Timestamp.from(Instant.now(clock)))
                .update();
    }

    /** Open flags, oldest first. */
    public List<OpenFlag> openFlags() {
        return jdbc.sql("""
                        select r.id, r.posting_id, p.title, c.name as company_name, u.display_name, u.email,
                               r.reason, r.created_at,
                               count(*) over (partition by r.posting_id) as on_posting
                        from posting_reports r
                        join postings p on p.id = r.posting_id
                        join companies c on c.id = p.company_id
                        join users u on u.id = r.reporter_user_id
                        where r.resolution is null
                        order by r.created_at, r.id
                        limit 200
                        """)
                .query((rs, row) -> new OpenFlag(
                        rs.getLong("id"),
                        rs.getLong("posting_id"),
                        rs.getString("title"),
                        rs.getString("company_name"),
                        rs.getString("display_name"),
                        rs.getString("email"),
                        rs.getString("reason"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getLong("on_posting")))
                .list();
    }

    /**
     * Hides the reported posting: closes it, records why, resolves every open report on it and
     * tells its company ({@link PostingHidden}).
     *
     * @throws PostingNotFoundException when there is no open report with that id
     */
    @Transactional
    public void hide(long reportId, long adminUserId, String reason) {
        long postingId = openReportPosting(reportId);
        Instant now = Instant.now(clock);
        Posting posting =
                repository.findForUpdate(postingId).orElseThrow(() -> new PostingNotFoundException(postingId));
        posting.hide(reason.strip(), now);
        resolveAll(postingId, "HIDDEN", adminUserId, now);
        events.publishEvent(new PostingHidden(postingId, posting.getCompanyId(), posting.getTitle(), reason.strip()));
    }

    /** Dismisses one report; the posting stays as it is. */
    @Transactional
    public void dismiss(long reportId, long adminUserId) {
        openReportPosting(reportId);
        jdbc.sql("""
                        update posting_reports set resolution = 'DISMISSED', resolved_by = :admin, resolved_at = :now
                        where id = :id and resolution is null
                        """)
                .param("admin", adminUserId)
                .param("now", Timestamp.from(Instant.now(clock)))
                .param("id", reportId)
                .update();
    }

    private long openReportPosting(long reportId) {
        return jdbc.sql("select posting_id from posting_reports where id = :id and resolution is null for update")
                .param("id", reportId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new PostingNotFoundException(reportId));
    }

    private void resolveAll(long postingId, String resolution, long adminUserId, Instant now) {
        jdbc.sql("""
                        update posting_reports set resolution = :resolution, resolved_by = :admin, resolved_at = :now
                        where posting_id = :posting and resolution is null
                        """)
                .param("resolution", resolution)
                .param("admin", adminUserId)
                .param("now", Timestamp.from(now))
                .param("posting", postingId)
                .update();
    }
}
