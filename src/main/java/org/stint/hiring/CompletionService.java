package org.stint.hiring;

import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Completing the work and its hours: the figure, its limits, and the employer's correction. */
@Service
@Transactional(readOnly = true)
public class CompletionService {

    private final ApplicationOwnership ownership;

    private final ApplicationStatusMoves moves;

    private final HourQueries queries;

    CompletionService(ApplicationOwnership ownership, ApplicationStatusMoves moves, HourQueries queries) {
        this.ownership = ownership;
        this.moves = moves;
        this.queries = queries;
    }

    /**
     * Marks the work complete. The hours are the approved timesheets' total when any week was
     * approved (the typed figure is then ignored); otherwise the typed figure, which, beyond the
     * posting's hours per week × weeks + 10 %, needs the confirmation and a reason (kept as the
     * note of the completion in the history).
     *
     * @throws HoursOverLimitException for the form's message next to the field
     */
    @Transactional
    void complete(long memberId, long applicationId, BigDecimal typedHours, boolean confirmOver, String overReason) {
        JobApplication application = ownership.ownedByEmployer(memberId, applicationId);
        HourQueries.HoursContext hours = queries.hoursContext(applicationId);
        BigDecimal worked = hours.approvedHours();
        String note = null;
        if (worked == null) {
            if (typedHours == null) {
                throw new HoursOverLimitException("hiring.complete.hoursRequired", "hoursWorked");
            }
            worked = typedHours;
            if (hours.limits()
                    .requireConfirmation(null, worked, confirmOver, overReason, "hoursWorked", "overReason")) {
                note = overReason.strip();
            }
        }
        ApplicationStatus from = application.getStatus();
        application.complete(worked);
        moves.record(application, from, memberId, note);
    }

    /**
     * Corrects the hours of completed work (the employer's correction, with its reason kept by the
     * caller): the portfolio's verification record and the university's reports read the new
     * figure (the reports' summaries follow through their triggers).
     *
     * @return the figure before the correction
     */
    @Transactional
    public BigDecimal correctCompletedHours(long memberId, long applicationId, BigDecimal hours) {
        JobApplication application = ownership.ownedByEmployer(memberId, applicationId);
        BigDecimal before = application.getHoursWorked();
        application.correctHours(hours);
        return before;
    }
}
