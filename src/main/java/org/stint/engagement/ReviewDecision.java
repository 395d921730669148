package org.stint.engagement;

/** The employer's answer to a deliverable. */
enum ReviewDecision {
    ACCEPTED,
    CHANGES_REQUESTED
}
