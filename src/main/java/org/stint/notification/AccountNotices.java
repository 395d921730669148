package org.stint.notification;

import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.stint.account.EmailVerificationRequested;
import org.stint.account.PasswordChanged;
import org.stint.account.PasswordResetRequested;
import org.stint.account.SignInsPaused;

/**
 * The account's own e-mail: verification and password reset links, and word of a changed password.
 * Only e-mail (no in-app notice): a link must reach the mailbox, which is what it proves, and the
 * owner of an account taken over must hear of it outside the account. Paused sign-ins are told
 * both in the app and by e-mail.
 */
@Component
class AccountNotices {

    private final ApplicationEventPublisher events;

    private final MessageSource messages;

    private final MailProperties mail;

    private final NoticeService notices;

    AccountNotices(
            ApplicationEventPublisher events, MessageSource messages, MailProperties mail, NoticeService notices) {
        this.events = events;
        this.notices = notices;
        this.messages = messages;
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(EmailVerificationRequested event) {
        send(
                event.email(),
                "verifyEmail",
                event.displayName(),
                link("/account/verify-email", event.token()),
                event.validForHours());
    }

    @ApplicationModuleListener
    void on(PasswordResetRequested event) {
        send(
                event.email(),
                "resetPassword",
                event.displayName(),
                link("/password-reset/new", event.token()),
                event.validForMinutes());
    }

    @ApplicationModuleListener
    void on(PasswordChanged event) {
        send(event.email(), "passwordChanged", event.displayName(), mail.baseUrl() + "/password-reset");
    }

    @ApplicationModuleListener
    void on(SignInsPaused paused) {
        notices.notify(List.of(paused.userId()), "signInsPaused", null);
    }

    private String link(String path, String token) {
        return UriComponentsBuilder.fromUriString(mail.baseUrl())
                .path(path)
                .queryParam("token", token)
                .build()
                .toUriString();
    }

    private void send(String to, String kind, Object... args) {
        events.publishEvent(new EmailRequested(
                to,
                messages.getMessage("notice." + kind + ".title", args, Locale.ENGLISH),
                messages.getMessage("notice." + kind + ".body", args, Locale.ENGLISH)));
    }
}
