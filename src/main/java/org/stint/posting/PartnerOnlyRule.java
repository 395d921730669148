package org.stint.posting;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A partner-only university's students see only postings of its approved partners, and every
 * student sees which companies their university has vetted. The SQL for both (postings aliased
 * {@code p}) for every query that lists or opens postings, and the viewer's university from
 * {@link PostingVisibility} (no implementation: nobody restricted).
 */
@Component
class PartnerOnlyRule {

    private static final String APPROVED_PARTNER = "exists (select 1 from partnerships pa"
            + " where pa.company_id = p.company_id and pa.university_id = :%s and pa.status = 'APPROVED')";

    private final ObjectProvider<PostingVisibility> visibility;

    PartnerOnlyRule(ObjectProvider<PostingVisibility> visibility) {
        this.visibility = visibility;
    }

    /** The viewer as the rule sees them; {@code studentUserId} null: not a student. */
    PostingViewer viewer(Long studentUserId) {
        PostingVisibility rule = visibility.getIfAvailable();
        if (studentUserId == null || rule == null) {
            return PostingViewer.ANYONE;
        }
        return rule.universityOf(studentUserId)
                .map(u -> new PostingViewer(u.id(), u.name(), u.partnerOnly()))
                .orElse(PostingViewer.ANYONE);
    }

    /** Appended to a {@code where} clause: the partner-only predicate when the viewer is restricted. */
    static String where(PostingViewer viewer, Map<String, Object> params) {
        if (viewer.partnerOnlyUniversity() == null) {
            return "";
        }
        params.put("partnerOnlyUniversity", viewer.partnerOnlyUniversity());
        return " and " + APPROVED_PARTNER.formatted("partnerOnlyUniversity");
    }

    /** A select expression: the viewer's university's name where it vetted the company, else null. */
    static String vettedBy(PostingViewer viewer, Map<String, Object> params) {
        if (viewer.universityId() == null) {
            return "cast(null as text)";
        }
        params.put("markUniversity", viewer.universityId());
        params.put("markUniversityName", viewer.universityName());
        return "case when " + APPROVED_PARTNER.formatted("markUniversity")
                + " then cast(:markUniversityName as text) end";
    }
}
