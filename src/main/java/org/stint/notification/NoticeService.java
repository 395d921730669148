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
 * same transaction. Titles and texts come from messages/notification.properties ({@code notice.<kind>.title},
 * {@code notice.<kind>.body}) with the given arguments. The in-app notice is short and links
 * within the site; when the e-mail needs more (full addresses, an unsubscribe link) it has a text of
 * its own, {@code notice.<kind>.email}, with the same arguments.
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
        String emailBody = messages.getMessage("notice." + kind + ".email", args, body, java.util.Locale.ENGLISH);
        for (Contact contact : accounts.contacts(userIds)) {
            notices.save(new Notice(contact.userId(), kind, title, body, link));
            String text = messages.getMessage(
                    "notice.email.text",
                    new Object[] {
                        contact.displayName(), emailBody, mail.baseUrl() + (link == null ? "/notifications" : link)
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

    /**
     * Marks one of the user's notices read and tells where it leads (its link, else the list).
     *
     * @return empty when the user has no such notice
     */
    @Transactional
    java.util.Optional<String> open(long userId, long noticeId) {
        return notices.findById(noticeId).filter(n -> n.getUserId() == userId).map(n -> {
            n.markRead(java.time.Instant.now());
            String link = n.getLink();
            return link != null && link.startsWith("/") && !link.startsWith("//") ? link : "/notifications";
        });
    }

    /** Marks read the user's notices of these kinds about this link (a request that was decided). */
    @Transactional
    public void resolve(long userId, String kind, String link) {
        notices.markRead(userId, kind, link, java.time.Instant.now());
    }

    /** Marks read every user's notices of this kind about this link (a request that was decided). */
    @Transactional
    public void resolveForAll(String kind, String link) {
        notices.markReadForAll(kind, link, java.time.Instant.now());
    }

    @Transactional
    void markAllRead(long userId) {
        notices.markAllRead(userId, java.time.Instant.now());
    }
}
