package org.stint.hiring;

import java.util.EnumSet;
import java.util.Set;

/**
 * SUBMITTED → SHORTLISTED → HIRED → COMPLETED; REJECTED (by the employer) or WITHDRAWN (by the
 * student) at any point before HIRED.
 */
public enum ApplicationStatus {
    SUBMITTED,
    SHORTLISTED,
    REJECTED,
    WITHDRAWN,
    HIRED,
    COMPLETED;

    /** Still waiting for a decision: the student may withdraw, the employer may reject. */
    public boolean isOpen() {
        return this == SUBMITTED || this == SHORTLISTED;
    }

    public boolean isFinal() {
        return this == REJECTED || this == WITHDRAWN || this == COMPLETED;
    }

    Set<ApplicationStatus> next() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(SHORTLISTED, REJECTED, WITHDRAWN);
            case SHORTLISTED -> EnumSet.of(HIRED, REJECTED, WITHDRAWN);
            case HIRED -> EnumSet.of(COMPLETED);
            case REJECTED, WITHDRAWN, COMPLETED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean canMoveTo(ApplicationStatus target) {
        return next().contains(target);
    }
}
