package org.stint.hiring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Everything the employer's page about one application shows. */
record EmployerApplicationView(
        long id,
        long postingId,
        String postingTitle,
        long studentId,
        String studentName,
        String studentEmail,
        String university,
        String programme,
        Short graduationYear,
        List<String> skills,
        String bio,
        String links,
        boolean hasCv,
        String coverNote,
        ApplicationStatus status,
        Instant submittedAt,
        BigDecimal hoursWorked,
        Short studentRating,
        String studentFeedback,
        PaySummary pay,
        DisputeView dispute,
        HourCap hours,
        int postingHoursPerWeek,
        String verificationCode,
        HourLimits limits,
        BigDecimal approvedTimesheetHours,
        List<TimelineEntry> timeline) {

    /** "36": the approved timesheets' total, which "Mark complete" uses when there is one. */
    public String approvedTimesheetHoursText() {
        return HourLimits.text(approvedTimesheetHours);
    }

    /** "36", "37.5": hours as people write them. */
    public String hoursWorkedText() {
        return HourLimits.text(hoursWorked);
    }

    /** Whether hiring would take the student above their weekly hour cap. */
    public boolean overCap() {
        return !hours.allows(postingHoursPerWeek);
    }

    EmployerApplicationView withTimeline(List<TimelineEntry> history) {
        return new EmployerApplicationView(
                id,
                postingId,
                postingTitle,
                studentId,
                studentName,
                studentEmail,
                university,
                programme,
                graduationYear,
                skills,
                bio,
                links,
                hasCv,
                coverNote,
                status,
                submittedAt,
                hoursWorked,
                studentRating,
                studentFeedback,
                pay,
                dispute,
                hours,
                postingHoursPerWeek,
                verificationCode,
                limits,
                approvedTimesheetHours,
                history);
    }
}
