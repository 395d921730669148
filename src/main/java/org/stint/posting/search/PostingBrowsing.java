package org.stint.posting.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.posting.PartnerOnlyRule;
import org.stint.posting.PostingNotFoundException;
import org.stint.posting.PostingViewer;

/**
 * Postings as students and visitors find them: search, the browse page, the newest, feeds and a
 * posting's own page, each obeying the partner-only rule. Each public method is one transaction,
 * on one pooled connection, whatever it reads through JPA or JDBC.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("search")
public class PostingBrowsing {

    private final PostingSearch search;

    private final PostingPageQuery pages;

    private final JdbcClient jdbc;

    private final Clock clock;

    private final PartnerOnlyRule partnerOnly;

    PostingBrowsing(
            PostingSearch search, PostingPageQuery pages, JdbcClient jdbc, Clock clock, PartnerOnlyRule partnerOnly) {
        this.search = search;
        this.pages = pages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.partnerOnly = partnerOnly;
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

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
