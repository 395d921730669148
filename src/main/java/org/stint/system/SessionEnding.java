package org.stint.system;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.stint.account.AccountDisabled;
import org.stint.account.PasswordChanged;

/**
 * Ends an account's open sessions when it is disabled or its password changes (all of them, or
 * all but the session that changed it): each is marked expired in the session registry, and
 * Spring Security's concurrent-session filter signs the holder out on their next request (to
 * {@code /login?expired}). Remember-me cannot bring them back: it loads the account, which is
 * disabled, or whose password hash, part of the cookie's signature, changed. Sessions live in this
 * application's memory, as the registry does.
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
        end(disabled.email(), null);
    }

    /** Runs in the request that changed the password, so "the current session" is that request's. */
    @EventListener
    void on(PasswordChanged changed) {
        end(changed.email(), changed.keepCurrentSession() ? currentSessionId() : null);
    }

    private static String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpSession session = request.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }

    private void end(String email, String keepSessionId) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails user && user.getUsername().equalsIgnoreCase(email)) {
                sessions.getAllSessions(principal, false).stream()
                        .filter(session -> !session.getSessionId().equals(keepSessionId))
                        .forEach(SessionInformation::expireNow);
            }
        }
    }
}
