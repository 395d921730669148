package org.stint.hiring;

import java.math.BigDecimal;

/** A pay dispute as the student's career office sees it: who, which engagement, the pay and the dispute. */
record StaffDispute(
        long applicationId,
        long postingId,
        long studentId,
        String studentName,
        String postingTitle,
        String companyName,
        BigDecimal hoursWorked,
        PaySummary pay,
        DisputeView dispute) {

    public long id() {
        return dispute.id();
    }

    public String hoursWorkedText() {
        return hoursWorked == null ? "" : hoursWorked.stripTrailingZeros().toPlainString();
    }
}
