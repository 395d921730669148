package org.stint.engagement;

/** One step in the history of hours: a week submitted, changed, approved, queried or corrected, or the total corrected. */
enum HoursAction {
    SUBMITTED,
    UPDATED,
    APPROVED,
    QUERIED,
    CORRECTED,
    TOTAL_CORRECTED
}
