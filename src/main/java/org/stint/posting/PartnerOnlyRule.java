package org.stint.posting;

import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

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

    private final ObjectProvider<PostingVisibility> visibility;

    PartnerOnlyRule(ObjectProvider<PostingVisibility> visibility) {
        this.visibility = visibility;
    }

    /** The university restricting this viewer (null: anonymous or unrestricted). */
    Long universityFor(Long viewerUserId) {
        PostingVisibility rule = visibility.getIfAvailable();
        if (viewerUserId == null || rule == null) {
            return null;
        }
        return rule.partnerOnlyUniversityFor(viewerUserId).orElse(null);
    }

    Optional<PostingVisibility.ViewerUniversity> universityOf(Long viewerUserId) {
        PostingVisibility rule = visibility.getIfAvailable();
        return viewerUserId == null || rule == null ? Optional.empty() : rule.universityOf(viewerUserId);
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
