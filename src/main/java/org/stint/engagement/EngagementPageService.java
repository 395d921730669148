package org.stint.engagement;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.AccountPrincipal;
import org.stint.account.Role;

/** The engagement page, assembled from all its items, and the career office's list of engagements. */
@Service
@Transactional
class EngagementPageService {

    private final EngagementRepository repository;

    private final TimesheetWeeks weeks;

    EngagementPageService(EngagementRepository repository, TimesheetWeeks weeks) {
        this.repository = repository;
        this.weeks = weeks;
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
        Party party = EngagementAccess.partyOf(header, viewer).orElseThrow(() -> new EngagementNotFoundException(id));
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
        return new EngagementPage(
                header, party, timeline, sheets, deliverables, milestones, unread, weeks.openWeeks(header));
    }
}
