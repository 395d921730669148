package org.stint.account;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens accounts. Other modules call it inside their own sign-up transaction. */
@Service
public class AccountService {

    private final UserAccountRepository accounts;

    private final PasswordEncoder passwordEncoder;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    /**
     * Creates the account and returns its id.
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
            return saved.getId();
        } catch (DataIntegrityViolationException raced) {
            throw new EmailAlreadyUsedException(email);
        }
    }
}
