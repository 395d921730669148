package org.stint.hiring;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an application's history: who moved it, when, and why. */
@Entity
@Table(name = "application_events")
class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus toStatus;

    private Long actorUserId;

    private String note;

    private Instant occurredAt;

    protected StatusChange() {}

    StatusChange(long applicationId, ApplicationStatus from, ApplicationStatus to, Long actorUserId, String note) {
        this.applicationId = applicationId;
        this.fromStatus = from;
        this.toStatus = to;
        this.actorUserId = actorUserId;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.occurredAt = Instant.now();
    }
}
