package org.stint.posting.moderation;

import java.time.Instant;

/** A flag (a report of abuse) waiting for an administrator, with what they need to judge it. */
public record OpenFlag(
        long id,
        long postingId,
        String postingTitle,
        String companyName,
        String reporterName,
        String reporterEmail,
        String reason,
        Instant createdAt,
        long openReportsOnPosting) {}
