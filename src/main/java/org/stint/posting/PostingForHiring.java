package org.stint.posting;

/** What the hiring workflow needs to know of a posting. */
public record PostingForHiring(
        long id,
        long companyId,
        String title,
        PostingStatus status,
        boolean acceptingApplications,
        int openings,
        Pay pay) {}
