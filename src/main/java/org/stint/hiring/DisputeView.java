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

    public java.time.LocalDateTime raisedAtUtc() {
        return java.time.LocalDateTime.ofInstant(raisedAt, java.time.ZoneOffset.UTC);
    }

    public java.time.LocalDateTime decidedAtUtc() {
        return decidedAt == null ? null : java.time.LocalDateTime.ofInstant(decidedAt, java.time.ZoneOffset.UTC);
    }
}
