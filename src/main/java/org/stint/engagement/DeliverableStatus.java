package org.stint.engagement;

/** Where a deliverable stands: waiting for the employer's answer, accepted, or sent back. */
enum DeliverableStatus {
    SUBMITTED,
    ACCEPTED,
    CHANGES_REQUESTED
}
