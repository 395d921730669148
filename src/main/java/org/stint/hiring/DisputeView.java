package org.stint.hiring;

import java.time.Instant;

/** A pay dispute as the student, the employer and the career office see it. */
record DisputeView(
        long id,
        String reason,
        Instant raisedAt,
        DisputeOutcome outcome,
        String outcomeNote,
        String decidedByName,
        Instant decidedAt) {

    public boolean isOpen() {
        return outcome == null;
    }
}
