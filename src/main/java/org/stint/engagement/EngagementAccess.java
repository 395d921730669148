package org.stint.engagement;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.stint.account.AccountPrincipal;

/**
 * The viewer's standing in an engagement: the hired student, a member of the company, or staff of
 * the student's university (who only read). Anyone else, and any engagement that is not hired or
 * completed, gets "not found". Also tells the other party of a change.
 */
@Component
class EngagementAccess {

    private final EngagementRepository repository;

    private final ApplicationEventPublisher events;

    EngagementAccess(EngagementRepository repository, ApplicationEventPublisher events) {
        this.repository = repository;
        this.events = events;
    }

    static Optional<Party> partyOf(EngagementPage.Header header, AccountPrincipal viewer) {
        return switch (viewer.role()) {
            case STUDENT -> header.studentId() == viewer.userId() ? Optional.of(Party.STUDENT) : Optional.empty();
            case EMPLOYER -> header.member() ? Optional.of(Party.EMPLOYER) : Optional.empty();
            case UNIVERSITY_STAFF -> header.staff() ? Optional.of(Party.STAFF) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The engagement, locked for a change, if the viewer is the given party of it. */
    EngagementPage.Header require(AccountPrincipal viewer, long id, Party... allowed) {
        EngagementPage.Header header =
                repository.header(id, viewer.userId(), true).orElseThrow(() -> new EngagementNotFoundException(id));
        Party party = partyOf(header, viewer).orElseThrow(() -> new EngagementNotFoundException(id));
        if (!List.of(allowed).contains(party)) {
            throw new EngagementNotFoundException(id);
        }
        return header;
    }

    static void requireRunning(EngagementPage.Header header) {
        if (!header.running()) {
            throw new EngagementRefusedException("engagement.refused.notRunning");
        }
    }

    void tell(EngagementPage.Header header, AccountPrincipal actor, EngagementActivity.Kind kind) {
        events.publishEvent(new EngagementActivity(
                header.id(),
                header.postingTitle(),
                header.companyId(),
                header.studentId(),
                actor.userId(),
                actor.displayName(),
                kind,
                actor.userId() == header.studentId()));
    }
}
