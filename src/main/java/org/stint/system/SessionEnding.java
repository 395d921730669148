package org.stint.system;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.stint.account.AccountDisabled;

/**
 * Ends a disabled account's open sessions: each is marked expired in the session registry, and
 * Spring Security's concurrent-session filter signs the holder out on their next request (to
 * {@code /login?expired}). Remember-me cannot bring them back: it loads the account, which is
 * disabled. Sessions live in this application's memory, as the registry does.
 *
 * <p>A plain listener, inside the disabling transaction: an after-commit listener is recorded in
 * the event publication registry once it ran, on a second connection while the first is still
 * held.
 */
@Component
class SessionEnding {

    private final SessionRegistry sessions;

    SessionEnding(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @EventListener
    void on(AccountDisabled disabled) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(disabled.email())) {
                sessions.getAllSessions(principal, false).forEach(SessionInformation::expireNow);
            }
        }
    }
}
