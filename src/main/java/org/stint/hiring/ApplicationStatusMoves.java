package org.stint.hiring;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.stint.posting.PostingForHiring;
import org.stint.posting.PostingsForHiring;

/** Moves an application to another status, keeping its history and telling the other modules. */
@Component
class ApplicationStatusMoves {

    private final StatusChangeRepository history;

    private final PostingsForHiring postings;

    private final ApplicationEventPublisher events;

    ApplicationStatusMoves(
            StatusChangeRepository history, PostingsForHiring postings, ApplicationEventPublisher events) {
        this.history = history;
        this.postings = postings;
        this.events = events;
    }

    void move(JobApplication application, ApplicationStatus target, long actor, String note) {
        ApplicationStatus from = application.getStatus();
        application.moveTo(target);
        record(application, from, actor, note);
    }

    /** Records a move the application has already made from {@code from} to its current status. */
    void record(JobApplication application, ApplicationStatus from, Long actor, String note) {
        history.save(new StatusChange(application.getId(), from, application.getStatus(), actor, note));
        PostingForHiring posting = postings.get(application.getPostingId());
        events.publishEvent(new ApplicationStatusChanged(
                application.getId(),
                posting.id(),
                posting.title(),
                posting.companyId(),
                application.getStudentId(),
                from,
                application.getStatus(),
                note,
                actor));
    }
}
