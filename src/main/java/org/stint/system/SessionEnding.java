package org.stint.system;

import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.stint.account.AccountDisabled;
import org.stint.account.PasswordChanged;

/**
 * Ends an account's open sessions on every instance when it is disabled or its password changes
 * (all of them, or all but the session that changed it): the session registry finds them by
 * principal name in PostgreSQL and the session repository deletes them, so the holder's next
 * request, on whichever instance, carries a session id that no longer exists and is treated as
 * signed out. Remember-me cannot bring them back: it loads the account, which is disabled, or
 * whose password hash, part of the cookie's signature, changed.
 *
 * <p>Plain listeners, inside the changing transaction (the repository joins it, see
 * {@link SessionConfiguration}): the sessions go if and only if the change commits, on the one
 * connection the request holds.
 */
@Component
class SessionEnding {

    private final SessionRegistry registry;

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionEnding(SessionRegistry registry, FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.registry = registry;
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
        for (SessionInformation session : registry.getAllSessions(email, true)) {
            if (!session.getSessionId().equals(keepSessionId)) {
                sessions.deleteById(session.getSessionId());
            }
        }
    }
}
