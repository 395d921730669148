package org.stint.hiring;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** What the company says it paid for a completed engagement. */
@Entity
@Table(name = "payments")
class Payment {

    @Id
    private Long applicationId;

    private long amountMinor;

    private String currency;

    private LocalDate paidOn;

    private String reference;

    private String note;

    private Long recordedBy;

    private Instant recordedAt;

    protected Payment() {}

    Payment(
            long applicationId,
            long amountMinor,
            String currency,
            LocalDate paidOn,
            String reference,
            String note,
            long recordedBy) {
        this.applicationId = applicationId;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.paidOn = paidOn;
        this.reference = reference == null || reference.isBlank() ? null : reference.strip();
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.recordedBy = recordedBy;
        this.recordedAt = Instant.now();
    }
}
