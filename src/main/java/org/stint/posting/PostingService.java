package org.stint.posting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stint.posting.employer.EmployerPostingRow;
import org.stint.posting.search.PostingCard;
import org.stint.posting.search.PostingFilter;
import org.stint.posting.search.PostingPage;
import org.stint.posting.search.PostingPageQuery;
import org.stint.posting.search.PostingSearch;
import org.stint.posting.search.SearchResult;

/**
 * Postings as students and visitors find them, and as the hiring workflow needs them. Each public
 * method is one transaction, on one pooled connection, whatever it reads through JPA or JDBC.
 */
@Service
@Transactional(readOnly = true)
public class PostingService {

    private final PostingRepository postings;

    private final PostingSearch search;

    private final PostingPageQuery pages;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final PartnerOnlyRule partnerOnly;

    private final EntityManager entityManager;

    PostingService(
            PostingRepository postings,
            PostingSearch search,
            PostingPageQuery pages,
            JdbcClient jdbc,
            Clock clock,
            PartnerOnlyRule partnerOnly,
            EntityManager entityManager) {
        this.postings = postings;
        this.search = search;
        this.pages = pages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.partnerOnly = partnerOnly;
        this.entityManager = entityManager;
    }

    /**
     * Open postings matching the filter that this viewer may see ({@code studentUserId}: the
     * viewing student, null for anyone else).
     */
    public SearchResult search(PostingFilter filter, Long studentUserId) {
        return search.search(filter.normalized(), today(), partnerOnly.viewer(studentUserId));
    }

    /**
     * The browse page: the search, and the name of the viewer's university when it shows its
     * students only its partners' postings (so that the page can say why there are fewer).
     */
    public Browse browse(PostingFilter filter, Long studentUserId) {
        PostingViewer viewer = partnerOnly.viewer(studentUserId);
        return new Browse(
                search.search(filter.normalized(), today(), viewer),
                viewer.partnerOnly() ? viewer.universityName() : null);
    }

    /** One page of browse results; {@code partnerOnlyUniversity} null unless the viewer is restricted. */
    public record Browse(SearchResult result, String partnerOnlyUniversity) {}

    /** The newest open postings this viewer may see. */
    public List<PostingCard> latest(int count, Long studentUserId) {
        return search.newest(PostingFilter.none(), today(), count, partnerOnly.viewer(studentUserId));
    }

    /** The newest open postings matching a search, for its feed. */
    public List<PostingCard> newest(PostingFilter filter, int count, Long studentUserId) {
        return search.newest(filter.normalized(), today(), count, partnerOnly.viewer(studentUserId));
    }

    /**
     * A published posting (open or closed) this viewer may see; drafts, postings hidden by an
     * administrator and, for a partner-only university's students, postings of companies that are
     * not its vetted partners answer "not found" — or, to a student who may know why, the reason
     * ({@link PostingUnavailableException}, see {@link #whyUnavailable}). One transaction.
     */
    public PostingPage publicPage(long id, Long studentUserId) {
        PostingViewer viewer = partnerOnly.viewer(studentUserId);
        return pages.find(id, today(), viewer)
                .orElseThrow(() -> whyUnavailable(id, viewer)
                        .<RuntimeException>map(PostingUnavailableException::new)
                        .orElseGet(() -> new PostingNotFoundException(id)));
    }

    /**
     * Why a student cannot open a posting, when telling them reveals nothing they may not know: a
     * posting an administrator hid, only to a student who applied to it; a posting of a company that
     * is not a partner of their partner-only university, which anyone else may read anyway. Else
     * empty (no such posting, a draft, or a hidden one they never applied to): plain "not found".
     */
    Optional<Unavailable> whyUnavailable(long id, PostingViewer viewer) {
        if (viewer.studentUserId() == null) {
            return Optional.empty();
        }
        return jdbc
                .sql("""
                        select p.title, c.name as company_name, p.hidden_at is not null as hidden,
                               exists (select 1 from applications a
                                       where a.posting_id = p.id and a.student_id = :student) as applied
                        from postings p join companies c on c.id = p.company_id
                        where p.id = :id and p.status <> 'DRAFT'
                        """)
                .param("id", id)
                .param("student", viewer.studentUserId())
                .query((rs, row) -> {
                    if (rs.getBoolean("hidden")) {
                        return rs.getBoolean("applied")
                                ? new Unavailable(
                                        Unavailable.Reason.HIDDEN,
                                        rs.getString("title"),
                                        rs.getString("company_name"),
                                        null)
                                : null;
                    }
                    return viewer.partnerOnly()
                            ? new Unavailable(
                                    Unavailable.Reason.NOT_A_PARTNER,
                                    rs.getString("title"),
                                    rs.getString("company_name"),
                                    viewer.universityName())
                            : null;
                })
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** A posting a student may not open, and why; {@code universityName} for {@code NOT_A_PARTNER}. */
    record Unavailable(Reason reason, String title, String companyName, String universityName) {
        enum Reason {
            HIDDEN,
            NOT_A_PARTNER
        }
    }

    /**
     * A posting as the hiring workflow sees it, if this viewer may see it at all: published, not
     * hidden, and for a partner-only university's students a vetted partner's. Call before
     * showing or acting on a posting for a viewer (the apply path too).
     *
     * @throws PostingNotFoundException otherwise, so a direct URL reveals nothing
     */
    public PostingForHiring requireVisibleTo(long postingId, Long viewerUserId) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", postingId);
        Query query = entityManager.createNativeQuery(
                "select p.* from postings p where p.id = :id and p.status <> 'DRAFT' and p.hidden_at is null"
                        + PartnerOnlyRule.where(partnerOnly.viewer(viewerUserId), params),
                Posting.class);
        params.forEach(query::setParameter);
        return ((List<?>) query.getResultList())
                .stream()
                        .map(Posting.class::cast)
                        .map(p -> p.toHiring(today()))
                        .findFirst()
                        .orElseThrow(() -> new PostingNotFoundException(postingId));
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

    public List<EmployerPostingRow> companyPostings(long companyId) {
        return jdbc.sql("""
                        select p.id, p.title, p.status, p.openings, p.application_deadline,
                               (p.status = 'OPEN' and p.application_deadline < :today) as expired,
                               (select count(*) from applications a where a.posting_id = p.id) as applicants,
                               p.hidden_at is not null as hidden, p.hidden_reason
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
                        rs.getLong("applicants"),
                        rs.getBoolean("hidden"),
                        rs.getString("hidden_reason")))
                .list();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
