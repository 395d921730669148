package org.stint.posting;

import java.util.Set;

/** The "vetted partner of <university>" mark: the viewer's university and its partners on the page. */
public record PartnerMarks(String universityName, Set<Long> companyIds) {

    public static final PartnerMarks NONE = new PartnerMarks(null, Set.of());

    public boolean has(long companyId) {
        return companyIds.contains(companyId);
    }
}
