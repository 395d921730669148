package org.stint.hiring;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.posting.PostingForHiring;
import org.stint.posting.PostingsForHiring;

/** The student withdraws an application, and may take the withdrawal back for a short while. */
@Service
@Transactional(readOnly = true)
class WithdrawalService {

    static final String UNDO_NOTE = "Withdrawal undone.";

    private final ApplicationOwnership ownership;

    private final ApplicationStatusMoves moves;

    private final StatusChangeRepository history;

    private final ApplicationTimeline timelines;

    private final PostingsForHiring postings;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    WithdrawalService(
            ApplicationOwnership ownership,
            ApplicationStatusMoves moves,
            StatusChangeRepository history,
            ApplicationTimeline timelines,
            PostingsForHiring postings,
            ApplicationEventPublisher events,
            Clock clock) {
        this.ownership = ownership;
        this.moves = moves;
        this.history = history;
        this.timelines = timelines;
        this.postings = postings;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void withdraw(long studentId, long applicationId) {
        JobApplication application = ownership.ownedByStudent(studentId, applicationId);
        moves.move(application, ApplicationStatus.WITHDRAWN, studentId, null);
    }

    /**
     * Takes a withdrawal back within {@link StudentApplicationView#UNDO_WINDOW} of it: the
     * application returns to the status it had, and the history says so. Refused once the window
     * has passed or the posting no longer takes applications.
     */
    @Transactional
    void undoWithdraw(long studentId, long applicationId) {
        JobApplication application = ownership.lockedForStudent(studentId, applicationId);
        TimelineEntry withdrawal = timelines
                .latestChange(applicationId)
                .filter(e -> application.getStatus() == ApplicationStatus.WITHDRAWN)
                .filter(e -> e.to() == ApplicationStatus.WITHDRAWN && e.from() != null)
                .orElseThrow(() -> new HiringRefusedException("hiring.undo.notWithdrawn"));
        if (!Instant.now(clock).isBefore(withdrawal.at().plus(StudentApplicationView.UNDO_WINDOW))) {
            throw new HiringRefusedException("hiring.undo.tooLate");
        }
        PostingForHiring posting = postings.get(application.getPostingId());
        if (!posting.acceptingApplications()) {
            throw new HiringRefusedException("hiring.undo.closed");
        }
        application.restore(withdrawal.from());
        history.save(
                new StatusChange(applicationId, ApplicationStatus.WITHDRAWN, withdrawal.from(), studentId, UNDO_NOTE));
        events.publishEvent(new WithdrawalUndone(applicationId, posting.companyId(), posting.title()));
    }
}
