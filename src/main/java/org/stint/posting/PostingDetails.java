package org.stint.posting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Everything a posting page shows about the posting itself. */
public record PostingDetails(
        long id,
        long companyId,
        String title,
        String description,
        Category category,
        List<String> skills,
        int hoursPerWeek,
        int durationWeeks,
        WorkMode workMode,
        String city,
        String country,
        Pay pay,
        int openings,
        LocalDate applicationDeadline,
        PostingStatus status,
        boolean acceptingApplications,
        Instant publishedAt) {

    /** The day it went live, for people (UTC). */
    public LocalDate publishedOn() {
        return publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
    }
}
