package org.stint.posting;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * University vetting as the posting module needs it. The university module implements it; the
 * posting module applies it to every route that lists or opens postings (browse, search, the
 * home page, a posting's page and applying), as the SQL predicate in {@link PartnerOnlyRule}.
 */
public interface PostingVisibility {

    /** The viewer's university if the viewer is a student, with its partner-only setting. */
    Optional<ViewerUniversity> universityOf(long viewerUserId);

    /** Which of these companies are approved (vetted) partners of the university. */
    Set<Long> vettedPartnersAmong(long universityId, Collection<Long> companyIds);

    /**
     * A student's university: its id, name, whether its students see only vetted partners, and
     * its country (ISO code; its currency is the one "Highest pay" ranks first).
     */
    record ViewerUniversity(long id, String name, boolean partnerOnly, String country) {}
}
