package org.stint.system;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.stint.account.AccountDisabled;

/**
 * Ends a disabled account's open sessions on every instance: the session registry finds them by
 * principal name in PostgreSQL and the session repository deletes them, so the holder's next
 * request, on whichever instance, carries a session id that no longer exists and is treated as
 * signed out. Remember-me cannot bring them back: it loads the account, which is disabled.
 *
 * <p>A plain listener, inside the disabling transaction (the repository joins it, see
 * {@link SessionConfiguration}): the sessions go if and only if the account is disabled, on the
 * one connection the request holds.
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
        for (SessionInformation session : registry.getAllSessions(disabled.email(), true)) {
            sessions.deleteById(session.getSessionId());
        }
    }
}
