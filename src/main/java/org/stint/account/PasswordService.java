package org.stint.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.AccountTokens.Purpose;
import org.stint.account.AccountTokens.Token;

/**
 * Forgotten and changed passwords. A reset link works once, for 30 minutes; asking for one says
 * the same whether or not the address has an account. A new password ends the account's sessions
 * ({@link PasswordChanged}) and, being part of every remember-me cookie's signature, its
 * remember-me cookies.
 */
@Service
class PasswordService {

    static final Duration RESET_VALIDITY = Duration.ofMinutes(30);

    /** Reset links an account can be sent in an hour; further requests send nothing. */
    static final int MAX_RESETS_PER_HOUR = 3;

    private final UserAccountRepository accounts;

    private final AccountTokens tokens;

    private final PasswordEncoder passwordEncoder;

    private final EmailVerification verification;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    PasswordService(
            UserAccountRepository accounts,
            AccountTokens tokens,
            PasswordEncoder passwordEncoder,
            EmailVerification verification,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.verification = verification;
        this.events = events;
        this.clock = clock;
    }

    /**
     * E-mails a reset link if an enabled account has this address and has not had too many lately.
     * Returns nothing on purpose: the caller must answer the same in every case.
     */
    @Transactional
    void requestReset(String email) {
        Optional<UserAccount> found = accounts.findByEmail(EmailAddresses.normalize(email));
        if (found.isEmpty() || !found.get().isEnabled()) {
            return;
        }
        UserAccount account = found.get();
        tokens.lockAccount(account.getId());
        Instant now = clock.instant();
        if (tokens.issuedSince(account.getId(), Purpose.RESET_PASSWORD, now.minus(Duration.ofHours(1)))
                        .count()
                >= MAX_RESETS_PER_HOUR) {
            return;
        }
        String token = tokens.issue(account.getId(), Purpose.RESET_PASSWORD, now, RESET_VALIDITY);
        events.publishEvent(new PasswordResetRequested(
                account.getEmail(), account.getDisplayName(), token, RESET_VALIDITY.toMinutes()));
    }

    /** Whether a reset link can still be used (to show its form, or say it cannot). */
    @Transactional(readOnly = true)
    boolean resetLinkUsable(String token) {
        return tokens.find(token, Purpose.RESET_PASSWORD)
                .filter(t -> t.usableAt(clock.instant()))
                .isPresent();
    }

    /**
     * Sets the new password through a reset link, which is used up with every other reset link of
     * the account; all its sessions end. Following the link also proves the e-mail address.
     *
     * @return false when the link is unknown, used or expired (nothing changed)
     */
    @Transactional
    boolean reset(String token, String newPassword) {
        Token found = tokens.find(token, Purpose.RESET_PASSWORD).orElse(null);
        Instant now = clock.instant();
        if (found == null || !tokens.use(found.id(), now)) {
            return false;
        }
        UserAccount account = accounts.findById(found.userId()).orElseThrow();
        if (!account.isEnabled()) {
            return false;
        }
        setPassword(account, newPassword, now, false);
        verification.verifiedByResetLink(account, now);
        return true;
    }

    /**
     * Changes a signed-in user's password; their other sessions end, the one of this request stays
     * signed in.
     *
     * @throws WrongPasswordException when {@code currentPassword} is not the account's password
     */
    @Transactional
    void change(long userId, String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(userId).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new WrongPasswordException();
        }
        setPassword(account, newPassword, clock.instant(), true);
    }

    private void setPassword(UserAccount account, String newPassword, Instant now, boolean keepCurrentSession) {
        account.changePasswordHash(passwordEncoder.encode(newPassword), now);
        // a reset link asked for before this change must not undo it
        tokens.retireAll(account.getId(), Purpose.RESET_PASSWORD, now);
        events.publishEvent(
                new PasswordChanged(account.getId(), account.getEmail(), account.getDisplayName(), keepCurrentSession));
    }
}
