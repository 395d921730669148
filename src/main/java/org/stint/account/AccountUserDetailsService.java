package org.stint.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AccountUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(EmailAddresses.normalize(email))
                .map(a -> new AccountPrincipal(
                        a.getId(),
                        a.getEmail(),
                        a.getPasswordHash(),
                        a.getDisplayName(),
                        a.getRole(),
                        a.isEnabled(),
                        a.isEmailVerified(),
                        AccountPrincipal.zoneOf(a.getEffectiveTimeZone())))
                .orElseThrow(() -> new UsernameNotFoundException("No account for that e-mail"));
    }
}
