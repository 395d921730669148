package org.stint.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.AccountPrincipal;
import org.stint.hiring.CompletionService;
import org.stint.hiring.HoursOverLimitException;

/**
 * Hours: the student's weekly timesheets, the employer's approval, query and correction of them,
 * and the correction of the total once the work is complete.
 */
@Service
@Transactional
class TimesheetService {

    private final TimesheetRepository repository;

    private final EngagementAccess access;

    private final TimesheetWeeks weeks;

    private final CompletionService completions;

    TimesheetService(
            TimesheetRepository repository,
            EngagementAccess access,
            TimesheetWeeks weeks,
            CompletionService completions) {
        this.repository = repository;
        this.access = access;
        this.weeks = weeks;
        this.completions = completions;
    }

    /**
     * The student's hours for a week: one timesheet per week, editable until approved. A week
     * above the posting's hours per week, or a running total above hours × weeks + 10 %, needs
     * the confirmation and a reason.
     */
    void submitTimesheet(
            AccountPrincipal viewer,
            long id,
            LocalDate week,
            BigDecimal hours,
            String note,
            boolean confirmOver,
            String overReason) {
        EngagementPage.Header header = access.require(viewer, id, Party.STUDENT);
        EngagementAccess.requireRunning(header);
        if (!weeks.openWeeks(header).contains(week)) {
            throw new EngagementFieldException("weekStart", "engagement.timesheet.weekOutside");
        }
        Optional<TimesheetRepository.TimesheetRow> existing = repository.timesheetOfWeek(id, week);
        if (existing.filter(t -> TimesheetStatus.APPROVED.name().equals(t.status()))
                .isPresent()) {
            throw new EngagementFieldException("weekStart", "engagement.timesheet.alreadyApproved");
        }
        BigDecimal total = repository.hoursOfOtherWeeks(id, week).add(hours);
        boolean over = hourRule(() ->
                header.limits().requireConfirmation(hours, total, confirmOver, overReason, "hours", "overReason"));
        String reason = over ? overReason.strip() : null;
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (existing.isPresent()) {
            repository.updateTimesheet(existing.get().id(), hours, cleanNote, reason);
            repository.hoursEvent(
                    id,
                    existing.get().id(),
                    HoursAction.UPDATED,
                    hours,
                    existing.get().hours(),
                    reason,
                    viewer.userId());
        } else {
            long timesheet = repository.insertTimesheet(id, week, hours, cleanNote, reason, viewer.userId());
            repository.hoursEvent(id, timesheet, HoursAction.SUBMITTED, hours, null, reason, viewer.userId());
        }
        access.tell(header, viewer, EngagementActivity.Kind.TIMESHEET);
    }

    /** Runs one of the hiring module's hour rules; its over-limit refusal becomes a message next to the field. */
    private static boolean hourRule(BooleanSupplier rule) {
        try {
            return rule.getAsBoolean();
        } catch (HoursOverLimitException over) {
            throw new EngagementFieldException(over.field(), over.messageKey(), over.args());
        }
    }

    void approveTimesheet(AccountPrincipal viewer, long id, long timesheetId) {
        EngagementPage.Header header = access.require(viewer, id, Party.EMPLOYER);
        EngagementAccess.requireRunning(header);
        TimesheetRepository.TimesheetRow sheet = submitted(id, timesheetId);
        repository.setTimesheetStatus(sheet.id(), TimesheetStatus.APPROVED);
        repository.hoursEvent(id, sheet.id(), HoursAction.APPROVED, sheet.hours(), null, null, viewer.userId());
        access.tell(header, viewer, EngagementActivity.Kind.TIMESHEET_APPROVED);
    }

    void queryTimesheet(AccountPrincipal viewer, long id, long timesheetId, String comment) {
        EngagementPage.Header header = access.require(viewer, id, Party.EMPLOYER);
        EngagementAccess.requireRunning(header);
        TimesheetRepository.TimesheetRow sheet = submitted(id, timesheetId);
        repository.setTimesheetStatus(sheet.id(), TimesheetStatus.QUERIED);
        repository.hoursEvent(
                id, sheet.id(), HoursAction.QUERIED, sheet.hours(), null, comment.strip(), viewer.userId());
        access.tell(header, viewer, EngagementActivity.Kind.TIMESHEET_QUERIED);
    }

    private TimesheetRepository.TimesheetRow submitted(long id, long timesheetId) {
        TimesheetRepository.TimesheetRow sheet =
                repository.timesheet(id, timesheetId).orElseThrow(() -> new EngagementNotFoundException(id));
        if (!TimesheetStatus.SUBMITTED.name().equals(sheet.status())) {
            throw new EngagementRefusedException("engagement.timesheet.notSubmitted");
        }
        return sheet;
    }

    /**
     * The employer corrects an approved week, with a reason; the old and new figures stay in the
     * history. Once the work is complete, the total is corrected instead.
     */
    void correctTimesheet(
            AccountPrincipal viewer, long id, long timesheetId, BigDecimal hours, String reason, boolean confirmOver) {
        EngagementPage.Header header = access.require(viewer, id, Party.EMPLOYER);
        EngagementAccess.requireRunning(header);
        TimesheetRepository.TimesheetRow sheet =
                repository.timesheet(id, timesheetId).orElseThrow(() -> new EngagementNotFoundException(id));
        if (!TimesheetStatus.APPROVED.name().equals(sheet.status())) {
            throw new EngagementRefusedException("engagement.correction.notApproved");
        }
        BigDecimal total = repository.hoursOfOtherWeeks(id, sheet.weekStart()).add(hours);
        hourRule(() -> header.limits().requireConfirmation(hours, total, confirmOver, reason, "hours", "reason"));
        repository.correctTimesheet(sheet.id(), hours);
        repository.hoursEvent(
                id, sheet.id(), HoursAction.CORRECTED, hours, sheet.hours(), reason.strip(), viewer.userId());
        access.tell(header, viewer, EngagementActivity.Kind.HOURS_CORRECTED);
    }

    /**
     * The employer corrects the hours of completed work, with a reason: the application's figure
     * changes (the verification record and the university's reports follow) and the history
     * keeps the old one.
     */
    void correctTotal(AccountPrincipal viewer, long id, BigDecimal hours, String reason, boolean confirmOver) {
        EngagementPage.Header header = access.require(viewer, id, Party.EMPLOYER);
        if (!"COMPLETED".equals(header.status())) {
            throw new EngagementRefusedException("engagement.correction.notCompleted");
        }
        hourRule(() ->
                header.limits().requireConfirmation(null, hours, confirmOver, reason, "totalHours", "totalReason"));
        BigDecimal before = completions.correctCompletedHours(viewer.userId(), id, hours);
        repository.hoursEvent(id, null, HoursAction.TOTAL_CORRECTED, hours, before, reason.strip(), viewer.userId());
        access.tell(header, viewer, EngagementActivity.Kind.HOURS_CORRECTED);
    }
}
