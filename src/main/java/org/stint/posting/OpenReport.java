package org.stint.posting;

import java.time.Instant;

/** A report waiting for an administrator, with what they need to judge it. */
public record OpenReport(
        long id,
        long postingId,
        String postingTitle,
        String companyName,
        String reporterName,
        String reporterEmail,
        String reason,
        Instant createdAt,
        long openReportsOnPosting) {}
