package org.stint.hiring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.posting.PostingForHiring;
import org.stint.posting.PostingsForHiring;
import org.stint.student.StudentService;

/**
 * A student's dispute of the pay for completed work, and its outcome as the student's career office
 * notes it. Staff see only the disputes of their own university's students.
 */
@Service
@Transactional(readOnly = true)
class PaymentDisputeService {

    private final ApplicationOwnership ownership;

    private final PaymentDisputeRepository disputes;

    private final DisputeQueries queries;

    private final PostingsForHiring postings;

    private final StudentService students;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    PaymentDisputeService(
            ApplicationOwnership ownership,
            PaymentDisputeRepository disputes,
            DisputeQueries queries,
            PostingsForHiring postings,
            StudentService students,
            ApplicationEventPublisher events,
            Clock clock) {
        this.ownership = ownership;
        this.disputes = disputes;
        this.queries = queries;
        this.postings = postings;
        this.students = students;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The student disputes the pay of their completed engagement, once; the company and the
     * student's career office are told.
     */
    @Transactional
    long raiseDispute(long studentId, String studentName, long applicationId, String reason) {
        JobApplication application = ownership.lockedForStudent(studentId, applicationId);
        application.requireCompleted();
        if (disputes.existsByApplicationId(applicationId)) {
            throw new HiringRefusedException("hiring.dispute.already");
        }
        PaymentDispute dispute =
                disputes.save(new PaymentDispute(applicationId, reason, studentId, Instant.now(clock)));
        PostingForHiring posting = postings.get(application.getPostingId());
        long universityId = students.universityOf(studentId).orElseThrow();
        events.publishEvent(new PaymentDisputed(
                applicationId, dispute.getId(), posting.companyId(), universityId, posting.title(), studentName));
        return dispute.getId();
    }

    /** The disputes of the staff member's own university's students, open ones first. */
    List<StaffDispute> disputesForStaff(long staffUserId) {
        return queries.disputesForStaff(staffUserId, null);
    }

    /** One dispute, if it involves one of the staff member's own students; otherwise "not found". */
    StaffDispute disputeForStaff(long staffUserId, long disputeId) {
        return queries.disputesForStaff(staffUserId, disputeId).stream()
                .findFirst()
                .orElseThrow(() -> new ApplicationNotFoundException(disputeId));
    }

    /** The career office notes the dispute's outcome; the student and the company are told. */
    @Transactional
    void decideDispute(long staffUserId, long disputeId, DisputeOutcome outcome, String note) {
        StaffDispute view = disputeForStaff(staffUserId, disputeId);
        PaymentDispute dispute = disputes.findById(disputeId).orElseThrow();
        dispute.decide(outcome, note, staffUserId, Instant.now(clock));
        PostingForHiring posting = postings.get(view.postingId());
        events.publishEvent(new DisputeDecided(
                view.applicationId(), posting.companyId(), view.studentId(), posting.title(), outcome));
    }
}
