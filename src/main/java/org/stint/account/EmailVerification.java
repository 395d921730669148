package org.stint.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.AccountTokens.Purpose;
import org.stint.account.AccountTokens.Token;

/**
 * Proves that a new account's owner receives mail at its address: a single-use link, valid for
 * three days, e-mailed at sign-up and again on request. Until then a student may browse but not
 * apply, and an employer may write drafts but not publish ({@link #requireVerified}).
 */
@Service
public class EmailVerification {

    static final Duration LINK_VALIDITY = Duration.ofDays(3);

    /** A new link at most this often, and at most {@link #MAX_LINKS_PER_DAY} a day. */
    static final Duration RESEND_PAUSE = Duration.ofMinutes(2);

    static final int MAX_LINKS_PER_DAY = 5;

    /** What following a link did. */
    public enum Outcome {
        VERIFIED,
        ALREADY_VERIFIED,
        EXPIRED,
        INVALID
    }

    /** What asking for another link did. */
    public enum Resend {
        SENT,
        TOO_SOON,
        ALREADY_VERIFIED
    }

    private final UserAccountRepository accounts;

    private final AccountTokens tokens;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    EmailVerification(
            UserAccountRepository accounts,
            AccountTokens tokens,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Whether the signed-in user's address is verified. Verification is never undone, so a user
     * verified at sign-in costs no query; otherwise the database answers (they may have followed
     * the link since, on another device).
     */
    @Transactional(readOnly = true)
    public boolean isVerified(AccountPrincipal user) {
        return user.emailVerifiedAtSignIn() || isVerified(user.userId());
    }

    @Transactional(readOnly = true)
    public boolean isVerified(long userId) {
        return jdbc.sql("select email_verified_at is not null from users where id = :id")
                .param("id", userId)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    /** @throws EmailNotVerifiedException unless the account's address is verified */
    @Transactional(readOnly = true)
    public void requireVerified(long userId) {
        if (!isVerified(userId)) {
            throw new EmailNotVerifiedException(userId);
        }
    }

    /** Another link for a signed-in user who lost theirs, within the limits above. */
    @Transactional
    public Resend resend(long userId) {
        tokens.lockAccount(userId);
        UserAccount account = accounts.findById(userId).orElseThrow();
        if (account.isEmailVerified()) {
            return Resend.ALREADY_VERIFIED;
        }
        Instant now = clock.instant();
        AccountTokens.Recent recent = tokens.issuedSince(userId, Purpose.VERIFY_EMAIL, now.minus(Duration.ofDays(1)));
        if (recent.count() >= MAX_LINKS_PER_DAY
                || (recent.latest() != null && recent.latest().isAfter(now.minus(RESEND_PAUSE)))) {
            return Resend.TOO_SOON;
        }
        send(account, now);
        return Resend.SENT;
    }

    /** Follows a link: the first use verifies the address, and every other link of the account stops working. */
    @Transactional
    public Outcome verify(String token) {
        Token found = tokens.find(token, Purpose.VERIFY_EMAIL).orElse(null);
        if (found == null) {
            return Outcome.INVALID;
        }
        UserAccount account = accounts.findById(found.userId()).orElseThrow();
        Instant now = clock.instant();
        if (!tokens.use(found.id(), now)) {
            // spent or expired; saying "already verified" reveals nothing the link's holder could not learn
            if (account.isEmailVerified()) {
                return Outcome.ALREADY_VERIFIED;
            }
            return found.usedAt() == null ? Outcome.EXPIRED : Outcome.INVALID;
        }
        account.markEmailVerified(now);
        tokens.retireAll(account.getId(), Purpose.VERIFY_EMAIL, now);
        return Outcome.VERIFIED;
    }

    /** For a new account, inside its sign-up transaction. */
    void sendFirstLink(UserAccount account) {
        send(account, clock.instant());
    }

    /** A reset link followed is proof of the address too. */
    void verifiedByResetLink(UserAccount account, Instant now) {
        account.markEmailVerified(now);
        tokens.retireAll(account.getId(), Purpose.VERIFY_EMAIL, now);
    }

    private void send(UserAccount account, Instant now) {
        String token = tokens.issue(account.getId(), Purpose.VERIFY_EMAIL, now, LINK_VALIDITY);
        events.publishEvent(new EmailVerificationRequested(
                account.getEmail(), account.getDisplayName(), token, LINK_VALIDITY.toHours()));
    }
}
