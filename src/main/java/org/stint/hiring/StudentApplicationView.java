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
        List<TimelineEntry> timeline) {

    /** What happens next, for the student: a message key per status. */
    public String nextStepKey() {
        return "hiring.next." + status;
    }

    /** "36", "37.5": hours as people write them. */
    public String hoursWorkedText() {
        return hoursWorked == null ? "" : hoursWorked.stripTrailingZeros().toPlainString();
    }
}
