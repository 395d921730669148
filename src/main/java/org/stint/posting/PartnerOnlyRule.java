package org.stint.posting;

import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Issue #4: a partner-only university's students see only postings of its approved partners. One
 * SQL predicate (postings aliased {@code p}) for every query that lists or opens postings, and
 * the viewer's restriction from {@link PostingVisibility} (no implementation: nobody restricted).
 */
@Component
class PartnerOnlyRule {

    /** Appended to a {@code where} clause when {@link #PARAMETER} is bound. */
    static final String PREDICATE = " and exists (select 1 from partnerships pa where pa.company_id = p.company_id"
            + " and pa.university_id = :partnerOnlyUniversity and pa.status = 'APPROVED')";

    static final String PARAMETER = "partnerOnlyUniversity";

    private static final String UNIVERSITY_ATTRIBUTE = PartnerOnlyRule.class.getName() + ".university.";

    private final ObjectProvider<PostingVisibility> visibility;

    PartnerOnlyRule(ObjectProvider<PostingVisibility> visibility) {
        this.visibility = visibility;
    }

    /** The university restricting this viewer (null: anonymous or unrestricted). */
    Long universityFor(Long viewerUserId) {
        return universityOf(viewerUserId)
                .filter(PostingVisibility.ViewerUniversity::partnerOnly)
                .map(PostingVisibility.ViewerUniversity::id)
                .orElse(null);
    }

    /**
     * The viewer's university if the viewer is a student. Looked up once per request: a page asks
     * for it twice, for the partner-only rule and for the "vetted partner" marks.
     */
    Optional<PostingVisibility.ViewerUniversity> universityOf(Long viewerUserId) {
        PostingVisibility rule = visibility.getIfAvailable();
        if (viewerUserId == null || rule == null) {
            return Optional.empty();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return rule.universityOf(viewerUserId);
        }
        String name = UNIVERSITY_ATTRIBUTE + viewerUserId;
        @SuppressWarnings("unchecked")
        Optional<PostingVisibility.ViewerUniversity> known = (Optional<PostingVisibility.ViewerUniversity>)
                request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
        if (known == null) {
            known = rule.universityOf(viewerUserId);
            request.setAttribute(name, known, RequestAttributes.SCOPE_REQUEST);
        }
        return known;
    }

    /** Adds the predicate and its parameter when the viewer is restricted. */
    static String where(Long partnerOnlyUniversity, Map<String, Object> params) {
        if (partnerOnlyUniversity == null) {
            return "";
        }
        params.put(PARAMETER, partnerOnlyUniversity);
        return PREDICATE;
    }

    PostingVisibility visibility() {
        return visibility.getIfAvailable();
    }
}
