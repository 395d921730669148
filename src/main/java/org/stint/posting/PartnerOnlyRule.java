package org.stint.posting;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A partner-only university's students see only postings of its approved partners, and every
 * student sees which companies their university has vetted. The SQL for both (postings aliased
 * {@code p}) for every query that lists or opens postings; the viewer's university and the
 * approved-partner condition come from {@link PostingVisibility} (no implementation: nobody
 * restricted).
 */
@Component
public class PartnerOnlyRule {

    private final ObjectProvider<PostingVisibility> visibility;

    PartnerOnlyRule(ObjectProvider<PostingVisibility> visibility) {
        this.visibility = visibility;
    }

    /** The viewer as the rule sees them; {@code studentUserId} null: not a student. */
    public PostingViewer viewer(Long studentUserId) {
        PostingVisibility rule = visibility.getIfAvailable();
        if (studentUserId == null) {
            return PostingViewer.ANYONE;
        }
        if (rule == null) {
            return PostingViewer.studentWithoutUniversity(studentUserId);
        }
        return rule.universityOf(studentUserId)
                .map(u -> new PostingViewer(studentUserId, u.id(), u.name(), u.partnerOnly(), u.country(), rule))
                .orElse(PostingViewer.studentWithoutUniversity(studentUserId));
    }

    /** Appended to a {@code where} clause: the partner-only predicate when the viewer is restricted. */
    public static String where(PostingViewer viewer, Map<String, Object> params) {
        if (viewer.partnerOnlyUniversity() == null) {
            return "";
        }
        params.put("partnerOnlyUniversity", viewer.partnerOnlyUniversity());
        return " and " + viewer.visibility().approvedPartner("p.company_id", ":partnerOnlyUniversity");
    }

    /** A select expression: the viewer's university's name where it vetted the company, else null. */
    public static String vettedBy(PostingViewer viewer, Map<String, Object> params) {
        if (viewer.universityId() == null) {
            return "cast(null as text)";
        }
        params.put("markUniversity", viewer.universityId());
        params.put("markUniversityName", viewer.universityName());
        return "case when " + viewer.visibility().approvedPartner("p.company_id", ":markUniversity")
                + " then cast(:markUniversityName as text) end";
    }

    /**
     * Select expressions {@code applied_id, applied_at, saved}: the viewing student's application
     * to posting {@code p} and when they sent it, else nulls, and whether they saved (bookmarked)
     * it. Index look-ups per row of the same statement (the one-per-student unique keys), never a
     * statement per posting.
     */
    public static String applied(PostingViewer viewer, Map<String, Object> params) {
        if (viewer.studentUserId() == null) {
            return "cast(null as bigint) as applied_id, cast(null as timestamptz) as applied_at, false as saved";
        }
        params.put("appliedStudent", viewer.studentUserId());
        return "ap.id as applied_id, ap.submitted_at as applied_at, exists (select 1 from saved_postings sp"
                + " where sp.student_id = :appliedStudent and sp.posting_id = p.id) as saved";
    }

    /** The join {@link #applied} reads from, after {@code postings p}: nothing when not a student. */
    public static String appliedJoin(PostingViewer viewer) {
        return viewer.studentUserId() == null
                ? ""
                : " left join applications ap on ap.posting_id = p.id and ap.student_id = :appliedStudent";
    }
}
