package org.stint.university;

import java.time.Instant;
import java.time.LocalDate;

/** A posting the career office recommends, as its students and staff see it. */
public record Recommendation(
        long id,
        long postingId,
        String postingTitle,
        String companyName,
        String note,
        String recommendedBy,
        Instant recommendedAt,
        LocalDate applicationDeadline) {}
