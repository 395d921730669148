package org.stint.hiring;

import java.util.Comparator;
import java.util.Locale;

/** The orders of a posting's applicant list; oldest first (first come, first read) by default. */
enum ApplicantSort {
    OLDEST(Comparator.comparing(ApplicantRow::submittedAt).thenComparing(ApplicantRow::applicationId)),
    NEWEST(Comparator.comparing(ApplicantRow::submittedAt)
            .thenComparing(ApplicantRow::applicationId)
            .reversed()),
    NAME(Comparator.comparing((ApplicantRow a) -> a.studentName().toLowerCase(Locale.ROOT))
            .thenComparing(ApplicantRow::applicationId)),
    /** Soonest graduating first; no year given last. */
    GRADUATION(Comparator.comparing(ApplicantRow::graduationYear, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ApplicantRow::submittedAt)
            .thenComparing(ApplicantRow::applicationId));

    final Comparator<ApplicantRow> order;

    ApplicantSort(Comparator<ApplicantRow> order) {
        this.order = order;
    }

    /** The sort a URL names, or the default for anything else (a typo, a missing value). */
    static ApplicantSort of(String name) {
        for (ApplicantSort sort : values()) {
            if (sort.name().equals(name)) {
                return sort;
            }
        }
        return OLDEST;
    }
}
