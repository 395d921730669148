package org.stint.posting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PostingService {

    private final PostingRepository postings;

    private final PostingSearch search;

    private final JdbcClient jdbc;

    private final Clock clock;

    PostingService(PostingRepository postings, PostingSearch search, JdbcClient jdbc, Clock clock) {
        this.postings = postings;
        this.search = search;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public SearchResult search(PostingFilter filter) {
        return search.search(filter.normalized(), today());
    }

    public List<PostingCard> latest(int count) {
        return search.latest(count, today());
    }

    /** A published posting (open or closed); drafts are not public and answer "not found". */
    public PostingDetails publicDetails(long id) {
        Posting posting = postings.findById(id)
                .filter(p -> p.getStatus() != PostingStatus.DRAFT)
                .orElseThrow(() -> new PostingNotFoundException(id));
        return posting.toDetails(today());
    }

    /** A posting as the hiring workflow sees it, whatever its status. */
    public PostingForHiring forHiring(long id) {
        return postings.findById(id).map(p -> p.toHiring(today())).orElseThrow(() -> new PostingNotFoundException(id));
    }

    /**
     * Locks the posting's row for the rest of the caller's transaction, so that concurrent hires on
     * one posting run one after another and never exceed its openings.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PostingForHiring lockForHiring(long id) {
        return postings.findForUpdate(id)
                .map(p -> p.toHiring(today()))
                .orElseThrow(() -> new PostingNotFoundException(id));
    }

    /** Closes a posting whose openings are all filled (inside the hiring transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void closeAsFilled(long id) {
        postings.findById(id)
                .orElseThrow(() -> new PostingNotFoundException(id))
                .close(Posting.ClosedReason.FILLED);
    }

    public MarketplaceCounts counts() {
        return jdbc.sql("""
                        select count(*) as open_postings,
                               count(distinct company_id) as companies,
                               coalesce(sum(openings), 0) as openings
                        from postings
                        where status = 'OPEN' and application_deadline >= :today
                        """)
                .param("today", today())
                .query((rs, row) -> new MarketplaceCounts(
                        rs.getLong("open_postings"), rs.getLong("companies"), rs.getLong("openings")))
                .single();
    }

    List<EmployerPostingRow> companyPostings(long companyId) {
        return jdbc.sql("""
                        select p.id, p.title, p.status, p.openings, p.application_deadline,
                               (p.status = 'OPEN' and p.application_deadline < :today) as expired,
                               (select count(*) from applications a where a.posting_id = p.id) as applicants
                        from postings p
                        where p.company_id = :companyId
                        order by p.created_at desc, p.id desc
                        """)
                .param("companyId", companyId)
                .param("today", today())
                .query((rs, row) -> new EmployerPostingRow(
                        rs.getLong("id"),
                        rs.getString("title"),
                        PostingStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("expired"),
                        rs.getInt("openings"),
                        rs.getObject("application_deadline", LocalDate.class),
                        rs.getLong("applicants")))
                .list();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
