package org.stint.notification;

import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.AccountService;
import org.stint.account.Contact;

/**
 * Tells people what happened: an in-app notice for each recipient and an e-mail queued in the
 * same transaction. Titles and texts come from messages.properties ({@code notice.<kind>.title},
 * {@code notice.<kind>.body}) with the given arguments.
 */
@Service
public class NoticeService {

    static final int LIST_SIZE = 50;

    private final NoticeRepository notices;

    private final AccountService accounts;

    private final ApplicationEventPublisher events;

    private final MessageSource messages;

    private final MailProperties mail;

    NoticeService(
            NoticeRepository notices,
            AccountService accounts,
            ApplicationEventPublisher events,
            MessageSource messages,
            MailProperties mail) {
        this.notices = notices;
        this.accounts = accounts;
        this.events = events;
        this.messages = messages;
        this.mail = mail;
    }

    @Transactional
    void notify(Collection<Long> userIds, String kind, String link, Object... args) {
        if (userIds.isEmpty()) {
            return;
        }
        String title = messages.getMessage("notice." + kind + ".title", args, java.util.Locale.ENGLISH);
        String body = messages.getMessage("notice." + kind + ".body", args, java.util.Locale.ENGLISH);
        for (Contact contact : accounts.contacts(userIds)) {
            notices.save(new Notice(contact.userId(), kind, title, body, link));
            String text = messages.getMessage(
                    "notice.email.text",
                    new Object[] {contact.displayName(), body, mail.baseUrl() + (link == null ? "/notifications" : link)
                    },
                    java.util.Locale.ENGLISH);
            events.publishEvent(new EmailRequested(contact.email(), title, text));
        }
    }

    /** The count on the bell of every signed-in page. */
    @Transactional(readOnly = true)
    public long unreadCount(long userId) {
        return notices.countByUserIdAndReadAtIsNull(userId);
    }

    @Transactional(readOnly = true)
    List<Notice> latest(long userId) {
        return notices.findByUserIdOrderByCreatedAtDescIdDesc(userId, Limit.of(LIST_SIZE));
    }

    @Transactional
    void markAllRead(long userId) {
        notices.markAllRead(userId, java.time.Instant.now());
    }
}
