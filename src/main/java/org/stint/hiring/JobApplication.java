package org.stint.hiring;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A student's application to a posting; one per student and posting (a unique constraint). */
@Entity
@Table(name = "applications")
class JobApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long postingId;

    private Long studentId;

    private String coverNote;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.SUBMITTED;

    private Instant submittedAt;

    private Instant updatedAt;

    protected JobApplication() {}

    Long getId() {
        return id;
    }

    ApplicationStatus getStatus() {
        return status;
    }
}
