package org.stint.hiring;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A student's dispute about a completed engagement's pay, and the career office's outcome. */
@Entity
@Table(name = "payment_disputes")
class PaymentDispute {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;

    private String reason;

    private Long raisedBy;

    private Instant raisedAt;

    @Enumerated(EnumType.STRING)
    private DisputeOutcome outcome;

    private String outcomeNote;

    private Long decidedBy;

    private Instant decidedAt;

    protected PaymentDispute() {}

    PaymentDispute(long applicationId, String reason, long raisedBy, Instant now) {
        this.applicationId = applicationId;
        this.reason = reason.strip();
        this.raisedBy = raisedBy;
        this.raisedAt = now;
    }

    Long getId() {
        return id;
    }

    long getApplicationId() {
        return applicationId;
    }

    /** Notes the career office's outcome; a later note replaces it, with who and when. */
    void decide(DisputeOutcome outcome, String note, long staffUserId, Instant now) {
        this.outcome = outcome;
        this.outcomeNote = note == null || note.isBlank() ? null : note.strip();
        this.decidedBy = staffUserId;
        this.decidedAt = now;
    }
}
