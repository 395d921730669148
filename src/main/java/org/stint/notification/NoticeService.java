package org.stint.notification;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.stint.account.AccountService;
import org.stint.account.Contact;

/**
 * Tells people what happened: an in-app notice for each recipient and an e-mail queued in the
 * same transaction. Titles and texts come from messages.properties ({@code notice.<kind>.title},
 * {@code notice.<kind>.body}) with the given arguments.
 *
 * <p>The bell on every signed-in page shows the unread count, kept per user for a few seconds
 * ({@code stint.notices.unread-count-seconds}) instead of counted on every page: a notice or
 * "mark all read" on this instance drops the kept count when its transaction ends, so its user
 * sees the change on the next page; a notice written by another instance shows within those
 * seconds.
 */
@Service
public class NoticeService {

    static final int LIST_SIZE = 50;

    private final NoticeRepository notices;

    private final AccountService accounts;

    private final ApplicationEventPublisher events;

    private final MessageSource messages;

    private final MailProperties mail;

    /** Unread counts by user id; null when kept counts are off (0 seconds). */
    private final Cache<Long, Long> unreadCounts;

    NoticeService(
            NoticeRepository notices,
            AccountService accounts,
            ApplicationEventPublisher events,
            MessageSource messages,
            MailProperties mail,
            @Value("${stint.notices.unread-count-seconds:0}") int unreadCountSeconds) {
        this.notices = notices;
        this.accounts = accounts;
        this.events = events;
        this.messages = messages;
        this.mail = mail;
        this.unreadCounts = unreadCountSeconds <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(100_000)
                        .expireAfterWrite(Duration.ofSeconds(unreadCountSeconds))
                        .build();
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
        forgetUnreadCountsWhenDone(userIds);
    }

    /** Kept counts are read outside any transaction of ours: a kept one needs no connection. */
    public long unreadCount(long userId) {
        if (unreadCounts == null) {
            return notices.countByUserIdAndReadAtIsNull(userId);
        }
        return unreadCounts.get(userId, notices::countByUserIdAndReadAtIsNull);
    }

    @Transactional(readOnly = true)
    List<Notice> latest(long userId) {
        return notices.findByUserIdOrderByCreatedAtDescIdDesc(userId, Limit.of(LIST_SIZE));
    }

    @Transactional
    void markAllRead(long userId) {
        notices.markAllRead(userId, java.time.Instant.now());
        forgetUnreadCountsWhenDone(List.of(userId));
    }

    /**
     * When the transaction ends, not before: a count read before the commit would still see the
     * old rows and be kept. A count being read while the invalidation runs is dropped as it
     * finishes (Caffeine removes an entry only after its computation). Also after a rollback: a
     * count read inside the transaction saw its own uncommitted notices.
     */
    private void forgetUnreadCountsWhenDone(Collection<Long> userIds) {
        if (unreadCounts == null) {
            return;
        }
        List<Long> users = List.copyOf(userIds);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            unreadCounts.invalidateAll(users);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                unreadCounts.invalidateAll(users);
            }
        });
    }
}
