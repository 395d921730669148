package org.stint.engagement;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.AccountPrincipal;
import org.stint.account.Role;
import org.stint.hiring.HiringService;
import org.stint.hiring.HourLimits;
import org.stint.shared.FileContent;

/**
 * The engagement's rules. Every call starts from the engagement's row and the viewer's standing in
 * it: the hired student, a member of the company, or staff of the student's university (who only
 * read). Anyone else, and any engagement that is not hired or completed, gets "not found".
 */
@Service
@Transactional
class EngagementService {

    /** How many milestones an engagement may have: a short list, not a project plan. */
    static final int MAX_MILESTONES = 12;

    private final EngagementRepository repository;

    private final HiringService hiring;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    EngagementService(
            EngagementRepository repository, HiringService hiring, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.hiring = hiring;
        this.events = events;
        this.clock = clock;
    }

    /** The career office's list of its students' engagements. */
    @Transactional(readOnly = true)
    List<StaffEngagementsController.Row> forStaff(long staffId) {
        return repository.forStaff(staffId);
    }

    /** The page: the engagement with the viewer's read marker moved, and all its items. */
    EngagementPage page(AccountPrincipal viewer, long id) {
        boolean mayTakePart = viewer.role() == Role.STUDENT || viewer.role() == Role.EMPLOYER;
        EngagementPage.Header header = repository
                .headerMarkingRead(id, viewer.userId(), mayTakePart)
                .orElseThrow(() -> new EngagementNotFoundException(id));
        Party party = partyOf(header, viewer).orElseThrow(() -> new EngagementNotFoundException(id));
        return assemble(header, party, viewer.userId(), repository.items(id));
    }

    private EngagementPage assemble(
            EngagementPage.Header header, Party party, long viewerId, List<EngagementRepository.Item> items) {
        List<EngagementPage.TimelineItem> timeline = new ArrayList<>();
        Map<Long, EngagementPage.Timesheet> timesheets = new LinkedHashMap<>();
        Map<Long, String> lastQuery = new LinkedHashMap<>();
        List<EngagementPage.Deliverable> deliverables = new ArrayList<>();
        List<EngagementPage.Milestone> milestones = new ArrayList<>();
        long unread = 0;
        for (EngagementRepository.Item item : items) {
            boolean isNew = party.takesPart()
                    && item.actorId() != null
                    && item.actorId() != viewerId
                    && (header.lastReadAt() == null || item.at().isAfter(header.lastReadAt()));
            switch (item.kind()) {
                case "TIMESHEET" ->
                    timesheets.put(
                            item.id(),
                            new EngagementPage.Timesheet(
                                    item.id(),
                                    item.day(),
                                    item.hours(),
                                    item.body(),
                                    item.reason(),
                                    item.status(),
                                    item.actorName(),
                                    item.at(),
                                    null));
                case "DELIVERABLE" ->
                    deliverables.add(new EngagementPage.Deliverable(
                            item.id(),
                            item.title(),
                            item.url(),
                            item.fileName(),
                            item.sizeBytes(),
                            item.body(),
                            item.status(),
                            item.actorName(),
                            item.at()));
                case "MILESTONE" -> milestones.add(new EngagementPage.Milestone(item.id(), item.title(), item.day()));
                default -> {}
            }
            if ("HOURS".equals(item.kind())
                    && HoursAction.QUERIED.name().equals(item.status())
                    && item.parentId() != null) {
                lastQuery.put(item.parentId(), item.body());
            }
            if (!"TIMESHEET".equals(item.kind())) {
                if (isNew && "MESSAGE".equals(item.kind())) {
                    unread++;
                }
                timeline.add(new EngagementPage.TimelineItem(
                        item.kind(),
                        item.id(),
                        item.at(),
                        item.actorName(),
                        item.title(),
                        item.body(),
                        item.url(),
                        item.fileName(),
                        item.status(),
                        item.hours(),
                        item.previousHours(),
                        item.day(),
                        isNew));
            }
        }
        List<EngagementPage.Timesheet> sheets = timesheets.values().stream()
                .map(t -> TimesheetStatus.QUERIED.name().equals(t.status())
                        ? new EngagementPage.Timesheet(
                                t.id(),
                                t.weekStart(),
                                t.hours(),
                                t.note(),
                                t.overReason(),
                                t.status(),
                                t.submittedBy(),
                                t.updatedAt(),
                                lastQuery.get(t.id()))
                        : t)
                .sorted(java.util.Comparator.comparing(EngagementPage.Timesheet::weekStart))
                .toList();
        milestones.sort(java.util.Comparator.comparing(EngagementPage.Milestone::dueOn));
        return new EngagementPage(header, party, timeline, sheets, deliverables, milestones, unread, openWeeks(header));
    }

    /** The weeks a timesheet may be for: from the week of the hire to this week, newest first. */
    List<LocalDate> openWeeks(EngagementPage.Header header) {
        if (!header.running() || header.hiredAt() == null) {
            return List.of();
        }
        LocalDate thisWeek = monday(LocalDate.now(clock));
        LocalDate first = monday(LocalDate.ofInstant(header.hiredAt(), ZoneOffset.UTC));
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate week = thisWeek; !week.isBefore(first) && weeks.size() < 26; week = week.minusWeeks(1)) {
            weeks.add(week);
        }
        return weeks;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static java.util.Optional<Party> partyOf(EngagementPage.Header header, AccountPrincipal viewer) {
        return switch (viewer.role()) {
            case STUDENT ->
                header.studentId() == viewer.userId()
                        ? java.util.Optional.of(Party.STUDENT)
                        : java.util.Optional.empty();
            case EMPLOYER -> header.member() ? java.util.Optional.of(Party.EMPLOYER) : java.util.Optional.empty();
            case UNIVERSITY_STAFF -> header.staff() ? java.util.Optional.of(Party.STAFF) : java.util.Optional.empty();
            default -> java.util.Optional.empty();
        };
    }

    /** The engagement, locked for a change, if the viewer is the given party of it. */
    private EngagementPage.Header require(AccountPrincipal viewer, long id, Party... allowed) {
        EngagementPage.Header header =
                repository.header(id, viewer.userId(), true).orElseThrow(() -> new EngagementNotFoundException(id));
        Party party = partyOf(header, viewer).orElseThrow(() -> new EngagementNotFoundException(id));
        if (!List.of(allowed).contains(party)) {
            throw new EngagementNotFoundException(id);
        }
        return header;
    }

    private static void requireRunning(EngagementPage.Header header) {
        if (!header.running()) {
            throw new EngagementRefusedException("engagement.refused.notRunning");
        }
    }

    private void tell(EngagementPage.Header header, AccountPrincipal actor, EngagementActivity.Kind kind) {
        events.publishEvent(new EngagementActivity(
                header.id(),
                header.postingTitle(),
                header.companyId(),
                header.studentId(),
                actor.userId(),
                actor.displayName(),
                kind,
                actor.userId() == header.studentId()));
    }

    void postMessage(AccountPrincipal viewer, long id, String body) {
        EngagementPage.Header header = require(viewer, id, Party.STUDENT, Party.EMPLOYER);
        repository.insertMessage(id, viewer.userId(), body.strip());
        tell(header, viewer, EngagementActivity.Kind.MESSAGE);
    }

    /**
     * Hands in a deliverable: a link (http or https, with a host) or a file (PDF, PNG, JPEG or a
     * ZIP-based document, by its content; at most 5 MB), never both.
     */
    void submitDeliverable(
            AccountPrincipal viewer, long id, String title, String url, String note, String fileName, byte[] content) {
        EngagementPage.Header header = require(viewer, id, Party.STUDENT);
        requireRunning(header);
        boolean hasLink = url != null && !url.isBlank();
        boolean hasFile = content != null && content.length > 0;
        if (hasLink == hasFile) {
            throw new EngagementFieldException("url", "engagement.deliverable.linkOrFile");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (hasLink) {
            repository.insertLink(id, viewer.userId(), title.strip(), checkedLink(url.strip()), cleanNote);
        } else {
            if (content.length > FileContent.MAX_UPLOAD_BYTES) {
                throw new EngagementFieldException("file", "engagement.deliverable.tooLarge");
            }
            FileContent.Kind kind = FileContent.kindOf(content)
                    .orElseThrow(() -> new EngagementFieldException("file", "engagement.deliverable.badType"));
            String name = FileContent.safeName(fileName, "deliverable", kind.extension(), alsoAllowed(kind));
            repository.insertFile(id, viewer.userId(), title.strip(), name, kind.mediaType(), content, cleanNote);
        }
        tell(header, viewer, EngagementActivity.Kind.DELIVERABLE);
    }

    private static String[] alsoAllowed(FileContent.Kind kind) {
        return switch (kind) {
            case JPEG -> new String[] {".jpeg"};
            case ZIP -> new String[] {".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"};
            default -> new String[0];
        };
    }

    /** A link people can follow safely: http or https with a host, nothing else (no javascript:, data:, file:). */
    static String checkedLink(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getHost().isBlank()
                    || url.length() > 2000) {
                throw new EngagementFieldException("url", "engagement.deliverable.badLink");
            }
            return url;
        } catch (URISyntaxException bad) {
            throw new EngagementFieldException("url", "engagement.deliverable.badLink");
        }
    }

    /** A deliverable's file, for the student and the company's members only. */
    @Transactional(readOnly = true)
    EngagementRepository.StoredFile deliverableFile(AccountPrincipal viewer, long id, long deliverableId) {
        EngagementPage.Header header = repository
                .header(id, viewer.userId(), false)
                .filter(h -> partyOf(h, viewer).filter(Party::takesPart).isPresent())
                .orElseThrow(() -> new EngagementNotFoundException(id));
        return repository.file(header.id(), deliverableId).orElseThrow(() -> new EngagementNotFoundException(id));
    }

    /** The employer accepts a deliverable, or asks for changes with a comment. */
    void review(AccountPrincipal viewer, long id, long deliverableId, String decision, String comment) {
        EngagementPage.Header header = require(viewer, id, Party.EMPLOYER);
        String status = repository
                .deliverableStatusForUpdate(id, deliverableId)
                .orElseThrow(() -> new EngagementNotFoundException(id));
        if (!DeliverableStatus.SUBMITTED.name().equals(status)) {
            throw new EngagementRefusedException("engagement.review.alreadyReviewed");
        }
        boolean accept = ReviewDecision.ACCEPTED.name().equals(decision);
        String cleanComment = comment == null || comment.isBlank() ? null : comment.strip();
        if (!accept && cleanComment == null) {
            throw new EngagementFieldException("comment", "engagement.review.commentRequired");
        }
        repository.review(
                id,
                deliverableId,
                (accept ? ReviewDecision.ACCEPTED : ReviewDecision.CHANGES_REQUESTED).name(),
                cleanComment,
                viewer.userId());
        tell(
                header,
                viewer,
                accept ? EngagementActivity.Kind.DELIVERABLE_ACCEPTED : EngagementActivity.Kind.CHANGES_REQUESTED);
    }

    void addMilestone(AccountPrincipal viewer, long id, String title, LocalDate dueOn) {
        EngagementPage.Header header = require(viewer, id, Party.EMPLOYER);
        requireRunning(header);
        if (repository.countMilestones(id) >= MAX_MILESTONES) {
            throw new EngagementFieldException("milestoneTitle", "engagement.milestone.tooMany", MAX_MILESTONES);
        }
        repository.insertMilestone(id, title.strip(), dueOn, viewer.userId());
        tell(header, viewer, EngagementActivity.Kind.MILESTONE);
    }

    void deleteMilestone(AccountPrincipal viewer, long id, long milestoneId) {
        require(viewer, id, Party.EMPLOYER);
        if (repository.deleteMilestone(id, milestoneId) == 0) {
            throw new EngagementNotFoundException(id);
        }
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
        EngagementPage.Header header = require(viewer, id, Party.STUDENT);
        requireRunning(header);
        if (!openWeeks(header).contains(week)) {
            throw new EngagementFieldException("weekStart", "engagement.timesheet.weekOutside");
        }
        java.util.Optional<EngagementRepository.TimesheetRow> existing = repository.timesheetOfWeek(id, week);
        if (existing.filter(t -> TimesheetStatus.APPROVED.name().equals(t.status()))
                .isPresent()) {
            throw new EngagementFieldException("weekStart", "engagement.timesheet.alreadyApproved");
        }
        BigDecimal total = repository.hoursOfOtherWeeks(id, week).add(hours);
        boolean over = hourRule(header.limits(), hours, total, confirmOver, overReason, "hours", "overReason");
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
        tell(header, viewer, EngagementActivity.Kind.TIMESHEET);
    }

    /** Turns the hiring module's over-limit refusal into a message next to this form's field. */
    private static boolean hourRule(
            HourLimits limits,
            BigDecimal week,
            BigDecimal total,
            boolean confirmed,
            String reason,
            String hoursField,
            String reasonField) {
        try {
            return limits.requireConfirmation(week, total, confirmed, reason, hoursField, reasonField);
        } catch (org.stint.hiring.HoursOverLimitException over) {
            throw new EngagementFieldException(over.field(), over.messageKey(), over.args());
        }
    }

    void approveTimesheet(AccountPrincipal viewer, long id, long timesheetId) {
        EngagementPage.Header header = require(viewer, id, Party.EMPLOYER);
        requireRunning(header);
        EngagementRepository.TimesheetRow sheet = submitted(id, timesheetId);
        repository.setTimesheetStatus(sheet.id(), TimesheetStatus.APPROVED);
        repository.hoursEvent(id, sheet.id(), HoursAction.APPROVED, sheet.hours(), null, null, viewer.userId());
        tell(header, viewer, EngagementActivity.Kind.TIMESHEET_APPROVED);
    }

    void queryTimesheet(AccountPrincipal viewer, long id, long timesheetId, String comment) {
        EngagementPage.Header header = require(viewer, id, Party.EMPLOYER);
        requireRunning(header);
        EngagementRepository.TimesheetRow sheet = submitted(id, timesheetId);
        repository.setTimesheetStatus(sheet.id(), TimesheetStatus.QUERIED);
        repository.hoursEvent(
                id, sheet.id(), HoursAction.QUERIED, sheet.hours(), null, comment.strip(), viewer.userId());
        tell(header, viewer, EngagementActivity.Kind.TIMESHEET_QUERIED);
    }

    private EngagementRepository.TimesheetRow submitted(long id, long timesheetId) {
        EngagementRepository.TimesheetRow sheet =
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
        EngagementPage.Header header = require(viewer, id, Party.EMPLOYER);
        requireRunning(header);
        EngagementRepository.TimesheetRow sheet =
                repository.timesheet(id, timesheetId).orElseThrow(() -> new EngagementNotFoundException(id));
        if (!TimesheetStatus.APPROVED.name().equals(sheet.status())) {
            throw new EngagementRefusedException("engagement.correction.notApproved");
        }
        BigDecimal total = repository.hoursOfOtherWeeks(id, sheet.weekStart()).add(hours);
        hourRule(header.limits(), hours, total, confirmOver, reason, "hours", "reason");
        repository.correctTimesheet(sheet.id(), hours);
        repository.hoursEvent(
                id, sheet.id(), HoursAction.CORRECTED, hours, sheet.hours(), reason.strip(), viewer.userId());
        tell(header, viewer, EngagementActivity.Kind.HOURS_CORRECTED);
    }

    /**
     * The employer corrects the hours of completed work, with a reason: the application's figure
     * changes (the verification record and the university's reports follow) and the history
     * keeps the old one.
     */
    void correctTotal(AccountPrincipal viewer, long id, BigDecimal hours, String reason, boolean confirmOver) {
        EngagementPage.Header header = require(viewer, id, Party.EMPLOYER);
        if (!"COMPLETED".equals(header.status())) {
            throw new EngagementRefusedException("engagement.correction.notCompleted");
        }
        hourRule(header.limits(), null, hours, confirmOver, reason, "totalHours", "totalReason");
        BigDecimal before = hiring.correctCompletedHours(viewer.userId(), id, hours);
        repository.hoursEvent(id, null, HoursAction.TOTAL_CORRECTED, hours, before, reason.strip(), viewer.userId());
        tell(header, viewer, EngagementActivity.Kind.HOURS_CORRECTED);
    }
}
