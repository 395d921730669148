package org.stint.posting;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Postings as the hiring workflow needs them: whether a viewer may see one (bookmarks and flags ask
 * too), its terms, a lock while a hire fills it, and closing it once filled.
 */
@Service
@Transactional(readOnly = true)
public class PostingsForHiring {

    private final PostingRepository postings;

    private final Clock clock;

    private final PartnerOnlyRule partnerOnly;

    private final EntityManager entityManager;

    PostingsForHiring(
            PostingRepository postings, Clock clock, PartnerOnlyRule partnerOnly, EntityManager entityManager) {
        this.postings = postings;
        this.clock = clock;
        this.partnerOnly = partnerOnly;
        this.entityManager = entityManager;
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
    public PostingForHiring get(long id) {
        return postings.findById(id).map(p -> p.toHiring(today())).orElseThrow(() -> new PostingNotFoundException(id));
    }

    /**
     * Locks the posting's row for the rest of the caller's transaction, so that concurrent hires on
     * one posting run one after another and never exceed its openings.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public PostingForHiring lock(long id) {
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

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
