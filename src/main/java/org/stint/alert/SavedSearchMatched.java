package org.stint.alert;

import java.util.List;

/** New postings matched a student's saved search (each posting is announced once per search). */
public record SavedSearchMatched(
        long studentId,
        long savedSearchId,
        String name,
        String searchLink,
        String unsubscribeToken,
        List<Match> matches) {

    public record Match(long postingId, String title, String companyName) {}
}
