package org.stint.hiring;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/** A student's application to a posting; one per student and posting (a unique constraint). */
@Entity
@Table(name = "applications")
class JobApplication {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Followed by the target status; MessagesTests checks a message exists for each. */
    static final String REFUSED_PREFIX = "hiring.refused.to.";

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

    private Instant hiredAt;

    private Instant completedAt;

    private BigDecimal hoursWorked;

    private Short studentRating;

    private String studentFeedback;

    private Short employerRating;

    private String employerComment;

    private Instant employerRatedAt;

    private String verificationCode;

    protected JobApplication() {}

    Long getId() {
        return id;
    }

    long getPostingId() {
        return postingId;
    }

    long getStudentId() {
        return studentId;
    }

    ApplicationStatus getStatus() {
        return status;
    }

    BigDecimal getHoursWorked() {
        return hoursWorked;
    }

    /** Moves to {@code target} if the workflow allows it from here. */
    void moveTo(ApplicationStatus target) {
        if (!status.canMoveTo(target)) {
            throw new HiringRefusedException(REFUSED_PREFIX + target);
        }
        status = target;
        updatedAt = Instant.now();
        if (target == ApplicationStatus.HIRED) {
            hiredAt = updatedAt;
        }
    }

    /** Takes back a withdrawal: the status it had before, outside the usual workflow. */
    void restore(ApplicationStatus previous) {
        if (status != ApplicationStatus.WITHDRAWN || !previous.isOpen()) {
            throw new HiringRefusedException("hiring.undo.notWithdrawn");
        }
        status = previous;
        updatedAt = Instant.now();
    }

    /** Marks the work done, with the hours actually worked, and issues the public verification code. */
    void complete(BigDecimal hours) {
        moveTo(ApplicationStatus.COMPLETED);
        hoursWorked = hours;
        completedAt = updatedAt;
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        verificationCode = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A correction of the hours of completed work: the status and its record stay as they are. */
    void correctHours(BigDecimal hours) {
        requireCompleted();
        hoursWorked = hours;
        updatedAt = Instant.now();
    }

    void rateStudent(int rating, String feedback) {
        requireCompleted();
        studentRating = (short) rating;
        studentFeedback = feedback == null || feedback.isBlank() ? null : feedback.strip();
        updatedAt = Instant.now();
    }

    void rateEmployer(int rating, String comment) {
        requireCompleted();
        employerRating = (short) rating;
        employerComment = comment == null || comment.isBlank() ? null : comment.strip();
        employerRatedAt = Instant.now();
    }

    void requireCompleted() {
        if (status != ApplicationStatus.COMPLETED) {
            throw new HiringRefusedException("hiring.refused.notCompleted");
        }
    }
}
