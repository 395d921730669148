package org.stint.hiring;

import java.util.List;
import java.util.Map;

/**
 * A posting's applicants, the status filter and the order in force, and how many there are of
 * each status.
 */
record ApplicantList(
        Posting posting,
        ApplicationStatus filter,
        ApplicantSort sort,
        List<ApplicantRow> applicants,
        Map<ApplicationStatus, Long> counts) {

    /** What the list shows of the posting. */
    record Posting(long id, String title, int openings) {}

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public long hired() {
        return counts.getOrDefault(ApplicationStatus.HIRED, 0L) + counts.getOrDefault(ApplicationStatus.COMPLETED, 0L);
    }
}
