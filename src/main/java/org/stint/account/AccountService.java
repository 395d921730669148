package org.stint.account;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens accounts. Other modules call it inside their own sign-up transaction. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;

    private final PasswordEncoder passwordEncoder;

    private final EmailVerification verification;

    private final Clock clock;

    AccountService(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            EmailVerification verification,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.verification = verification;
        this.clock = clock;
    }

    /** Names and e-mail addresses of several users, in one query. */
    @Transactional(readOnly = true)
    public List<Contact> contacts(Collection<Long> userIds) {
        return accounts.findAllById(userIds).stream()
                .filter(UserAccount::isEnabled)
                .map(a -> new Contact(a.getId(), a.getEmail(), a.getDisplayName()))
                .toList();
    }

    /** The account with this e-mail, if any. */
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmail(EmailAddresses.normalize(email))
                .map(a -> new AccountSummary(a.getId(), a.getEmail(), a.getDisplayName(), a.getRole()));
    }

    /**
     * Creates the account and returns its id. Unless the sign-up proved the address already, a
     * verification link is e-mailed to it (after this transaction commits).
     *
     * @throws EmailAlreadyUsedException when the address is taken, also when a concurrent sign-up
     *     won the race (the unique constraint decides)
     */
    @Transactional
    public long register(NewAccount account) {
        String email = EmailAddresses.normalize(account.email());
        if (accounts.existsByEmail(email)) {
            throw new EmailAlreadyUsedException(email);
        }
        try {
            UserAccount saved = accounts.saveAndFlush(new UserAccount(
                    email,
                    passwordEncoder.encode(account.rawPassword()),
                    account.displayName().strip(),
                    account.role()));
            if (account.emailVerified()) {
                saved.markEmailVerified(clock.instant());
            } else {
                verification.sendFirstLink(saved);
            }
            return saved.getId();
        } catch (DataIntegrityViolationException raced) {
            throw new EmailAlreadyUsedException(email);
        }
    }
}
