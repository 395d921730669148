package org.stint.notification;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stint.alert.SavedSearchMatched;

/** Saved-search alerts: an in-app notice and an e-mail with a sign-in-free unsubscribe link. */
@Component
class AlertNotices {

    private final NoticeService notices;

    private final MailProperties mail;

    AlertNotices(NoticeService notices, MailProperties mail) {
        this.notices = notices;
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(SavedSearchMatched event) {
        String list = event.matches().stream()
                .map(m -> "- " + m.title() + " (" + m.companyName() + "): " + mail.baseUrl() + "/postings/"
                        + m.postingId())
                .collect(Collectors.joining("\n"));
        notices.notify(
                List.of(event.studentId()),
                "savedSearch",
                event.searchLink(),
                event.name(),
                event.matches().size(),
                list,
                mail.baseUrl() + "/alerts/unsubscribe/" + event.unsubscribeToken());
    }
}
