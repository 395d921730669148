package org.stint.posting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stint.company.CompanyService;
import org.stint.company.CompanySummary;
import org.stint.shared.VersionedCache;

@Service
@Transactional(readOnly = true)
public class PostingService {

    private final PostingRepository postings;

    private final PostingSearch search;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final PartnerOnlyRule partnerOnly;

    private final CompanyService companies;

    /**
     * A posting's public page (posting and company), kept like search results (see {@link
     * SearchResultCache}): while no posting and no company has changed (V46), for the day, for
     * viewers without the partner-only rule. A hidden, closed or edited posting, or an edited
     * company, changes the postings' version, so the page is read afresh at once.
     */
    private final VersionedCache<PageKey, PostingPage> pages;

    private record PageKey(long postingId, LocalDate today) {}

    PostingService(
            PostingRepository postings,
            PostingSearch search,
            JdbcClient jdbc,
            Clock clock,
            PartnerOnlyRule partnerOnly,
            CompanyService companies,
            @Value("${stint.search.result-cache-seconds:0}") int keptSeconds) {
        this.postings = postings;
        this.search = search;
        this.jdbc = jdbc;
        this.clock = clock;
        this.partnerOnly = partnerOnly;
        this.companies = companies;
        this.pages = new VersionedCache<>(10_000, keptSeconds);
    }

    /**
     * Open postings matching the filter that this viewer may see ({@code viewerUserId} null:
     * anonymous). Its statements need no transaction of their own (each reads a consistent
     * snapshot, and the result cache checks the postings' version first): beginning a JPA one cost
     * a tenth of a cached results page.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public SearchResult search(PostingFilter filter, Long viewerUserId) {
        return search.search(filter.normalized(), today(), partnerOnly.universityFor(viewerUserId));
    }

    /** The newest open postings this viewer may see: the top of the plain browse page, kept with it. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<PostingCard> latest(int count, Long viewerUserId) {
        List<PostingCard> newest = search(PostingFilter.none(), viewerUserId).items();
        return newest.subList(0, Math.min(count, newest.size()));
    }

    /**
     * A published posting (open or closed) this viewer may see; drafts, postings hidden by an
     * administrator and, for a partner-only university's students, postings of companies that are
     * not its vetted partners answer "not found".
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    PostingPage publicPage(long id, Long viewerUserId) {
        Long partnerOnlyUniversity = partnerOnly.universityFor(viewerUserId);
        if (partnerOnlyUniversity != null) {
            return readPage(id, partnerOnlyUniversity);
        }
        return pages.get(
                new PageKey(id, today()), () -> SearchResultCache.postingsVersion(jdbc), () -> readPage(id, null));
    }

    /** Without the partner-only rule, the posting is read only if it is visible: one statement. */
    private PostingPage readPage(long id, Long partnerOnlyUniversity) {
        if (partnerOnlyUniversity != null && !isVisible(id, partnerOnlyUniversity)) {
            throw new PostingNotFoundException(id);
        }
        PostingDetails posting = postings.findPublished(id)
                .orElseThrow(() -> new PostingNotFoundException(id))
                .toDetails(today());
        CompanySummary company =
                companies.findById(posting.companyId()).orElseThrow(() -> new PostingNotFoundException(id));
        return PostingPage.of(posting, company);
    }

    // --- issue #4: the visibility rule for every route (detail, apply, feeds) ---

    /** Whether the viewer may see this posting at all (published, not hidden, partner rule). */
    public boolean isVisibleTo(long postingId, Long viewerUserId) {
        return isVisible(postingId, partnerOnly.universityFor(viewerUserId));
    }

    private boolean isVisible(long postingId, Long partnerOnlyUniversity) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", postingId);
        String rule = PartnerOnlyRule.where(partnerOnlyUniversity, params);
        return jdbc.sql("select exists (select 1 from postings p where p.id = :id and p.status <> 'DRAFT'"
                        + " and p.hidden_at is null" + rule + ")")
                .params(params)
                .query(Boolean.class)
                .single();
    }

    /**
     * Call before showing or acting on a posting for a viewer (the apply path too).
     *
     * @throws PostingNotFoundException when {@link #isVisibleTo} says no, so a direct URL reveals nothing
     */
    public void requireVisibleTo(long postingId, Long viewerUserId) {
        if (!isVisibleTo(postingId, viewerUserId)) {
            throw new PostingNotFoundException(postingId);
        }
    }

    /**
     * The "vetted partner of <university>" marks for a student viewer on these companies. Plain
     * statements, no transaction: for anyone but a student it answers at once, without one.
     */
    public PartnerMarks partnerMarks(Long viewerUserId, Collection<Long> companyIds) {
        return partnerOnly
                .universityOf(viewerUserId)
                .map(u -> new PartnerMarks(
                        u.name(),
                        companyIds.isEmpty()
                                ? java.util.Set.of()
                                : partnerOnly.visibility().vettedPartnersAmong(u.id(), companyIds)))
                .orElse(PartnerMarks.NONE);
    }

    // --- end issue #4 ---

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
