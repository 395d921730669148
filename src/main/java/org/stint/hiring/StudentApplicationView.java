package org.stint.hiring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Everything the student's page about their own application shows. */
record StudentApplicationView(
        long id,
        long postingId,
        String postingTitle,
        String companyName,
        String coverNote,
        ApplicationStatus status,
        Instant submittedAt,
        BigDecimal hoursWorked,
        Short studentRating,
        String studentFeedback,
        Short employerRating,
        String employerComment,
        String verificationCode,
        PaySummary pay,
        DisputeView dispute,
        List<TimelineEntry> timeline) {

    /** How long a withdrawal can be taken back. */
    static final java.time.Duration UNDO_WINDOW = java.time.Duration.ofMinutes(10);

    /**
     * Until when the student may undo their withdrawal: the moment they withdrew plus {@link
     * #UNDO_WINDOW}, or null when the application is not withdrawn (or was withdrawn by Stint).
     */
    public Instant undoWithdrawUntil() {
        if (status != ApplicationStatus.WITHDRAWN || timeline.isEmpty()) {
            return null;
        }
        TimelineEntry last = timeline.get(timeline.size() - 1);
        return last.to() == ApplicationStatus.WITHDRAWN ? last.at().plus(UNDO_WINDOW) : null;
    }

    /** Whether the page offers "Undo withdraw" at {@code now}. */
    public boolean canUndoWithdraw(Instant now) {
        Instant until = undoWithdrawUntil();
        return until != null && now.isBefore(until);
    }

    /** The student may dispute the pay of completed work, once. */
    public boolean canDispute() {
        return status == ApplicationStatus.COMPLETED && dispute == null;
    }

    /** What happens next, for the student: a message key per status. */
    public String nextStepKey() {
        return "hiring.next." + status;
    }

    /** "36", "37.5": hours as people write them. */
    public String hoursWorkedText() {
        return HourLimits.text(hoursWorked);
    }
}
