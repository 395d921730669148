package org.stint.notification;

import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stint.company.CompanyService;
import org.stint.engagement.EngagementActivity;

/**
 * Tells the other side of an engagement what happened on it (a message, a deliverable, a
 * timesheet and its answer...), in the app and by e-mail, with a link to the engagement page.
 * Runs after the change committed, in its own transaction, retried like every notice.
 */
@Component
class EngagementNotices {

    private final NoticeService notices;

    private final CompanyService companies;

    EngagementNotices(NoticeService notices, CompanyService companies) {
        this.notices = notices;
        this.companies = companies;
    }

    @ApplicationModuleListener
    void on(EngagementActivity event) {
        List<Long> recipients = event.byStudent()
                ? companies.memberIds(event.companyId()).stream()
                        .filter(id -> id != event.actorUserId())
                        .toList()
                : List.of(event.studentId());
        notices.notify(
                recipients,
                "engagement." + event.kind(),
                "/engagements/" + event.applicationId(),
                event.actorName(),
                event.postingTitle());
    }
}
