package org.stint.posting;

import java.util.Optional;

/**
 * University vetting as the posting module needs it. The student module implements it (a
 * student's university), with the condition the university module owns; the posting module
 * applies it to every route that lists or opens postings (browse, search, the home page, a
 * posting's page and applying) through {@link PartnerOnlyRule}.
 */
public interface PostingVisibility {

    /** The viewer's university if the viewer is a student, with its partner-only setting. */
    Optional<ViewerUniversity> universityOf(long viewerUserId);

    /**
     * A SQL condition: the company is an approved (vetted) partner of the university. Both
     * arguments are SQL expressions, such as {@code p.company_id} and {@code :university}.
     */
    String approvedPartner(String companyIdSql, String universityIdSql);

    /**
     * A student's university: its id, name, whether its students see only vetted partners, and
     * its country (ISO code; its currency is the one "Highest pay" ranks first).
     */
    record ViewerUniversity(long id, String name, boolean partnerOnly, String country) {}
}
