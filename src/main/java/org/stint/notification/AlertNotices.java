package org.stint.notification;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stint.alert.SavedSearchMatched;

/**
 * Saved-search alerts: a short in-app notice that links to the search, and an e-mail listing each
 * posting's address with a sign-in-free unsubscribe link.
 */
@Component
class AlertNotices {

    private final NoticeService notices;

    private final MailProperties mail;

    AlertNotices(NoticeService notices, MailProperties mail) {
        this.notices = notices;
        this.mail = mail;
    }

    /** How many postings the in-app notice names; the search it links to shows them all. */
    static final int NAMED_IN_APP = 3;

    @ApplicationModuleListener
    void on(SavedSearchMatched event) {
        String list = event.matches().stream()
                .map(m -> "- " + m.title() + " (" + m.companyName() + "): " + mail.baseUrl() + "/postings/"
                        + m.postingId())
                .collect(Collectors.joining("\n"));
        String named = event.matches().stream()
                .limit(NAMED_IN_APP)
                .map(m -> m.title() + " (" + m.companyName() + ")")
                .collect(Collectors.joining("; "));
        notices.notify(
                List.of(event.studentId()),
                "savedSearch",
                event.searchLink(),
                event.name(),
                event.matches().size(),
                list,
                mail.baseUrl() + "/alerts/unsubscribe/" + event.unsubscribeToken(),
                named,
                Math.max(0, event.matches().size() - NAMED_IN_APP));
    }
}
