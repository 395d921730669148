package org.stint.hiring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.EmailNotVerifiedException;
import org.stint.account.EmailVerification;
import org.stint.company.CompanyService;
import org.stint.posting.PayType;
import org.stint.posting.PostingForHiring;
import org.stint.posting.PostingService;
import org.stint.shared.Money;
import org.stint.student.StudentService;

/**
 * The hiring workflow. Every method checks who is acting: a student only on their own
 * applications, an employer only on applications to their own company's postings. Anything else
 * is "not found", so ids of other people's applications reveal nothing.
 */
@Service
@Transactional(readOnly = true)
public class HiringService {

    private final JobApplicationRepository applications;

    private final StatusChangeRepository history;

    private final PaymentRepository payments;

    private final PostingService postings;

    private final CompanyService companies;

    private final StudentService students;

    private final HiringQueries queries;

    private final ApplicationEventPublisher events;

    private final EmailVerification verification;

    private final PaymentDisputeRepository disputes;

    private final Clock clock;

    HiringService(
            JobApplicationRepository applications,
            StatusChangeRepository history,
            PaymentRepository payments,
            PostingService postings,
            CompanyService companies,
            StudentService students,
            HiringQueries queries,
            ApplicationEventPublisher events,
            EmailVerification verification,
            PaymentDisputeRepository disputes,
            Clock clock) {
        this.applications = applications;
        this.history = history;
        this.payments = payments;
        this.postings = postings;
        this.companies = companies;
        this.students = students;
        this.queries = queries;
        this.events = events;
        this.verification = verification;
        this.disputes = disputes;
        this.clock = clock;
    }

    /** The student's own applications, newest first. */
    List<MyApplication> applicationsOf(long studentId) {
        return queries.applicationsOf(studentId);
    }

    /** Before the apply form: the student's application to this posting, if any, and whether they have a CV. */
    HiringQueries.ApplyStart applyStart(long studentId, long postingId) {
        return queries.applyStart(studentId, postingId);
    }

    /** The student's application to this posting, if they have one. */
    Optional<Long> existingApplication(long studentId, long postingId) {
        return applications.findIdByPostingAndStudent(postingId, studentId);
    }

    /**
     * Applies, once. A second try (or twenty at the same moment) finds the first application
     * instead of creating another: the unique constraint decides, without an error.
     *
     * @return the application's id and whether this call created it
     * @throws EmailNotVerifiedException until the student has verified their university address:
     *     it is what makes them a student of that university
     */
    @Transactional
    Applied apply(long studentId, String studentName, long postingId, String coverNote) {
        if (students.universityOf(studentId).isEmpty()) {
            throw new HiringRefusedException("hiring.apply.notStudent");
        }
        verification.requireVerified(studentId);
        // hidden, or not a partner of a partner-only university: "not found"
        PostingForHiring posting = postings.requireVisibleTo(postingId, studentId);
        if (!posting.acceptingApplications()) {
            throw new HiringRefusedException("hiring.apply.closed");
        }
        Optional<Long> created = queries.insertApplication(postingId, studentId, coverNote.strip());
        if (created.isEmpty()) {
            return new Applied(existingApplication(studentId, postingId).orElseThrow(), false);
        }
        long id = created.get();
        history.save(new StatusChange(id, null, ApplicationStatus.SUBMITTED, studentId, null));
        events.publishEvent(
                new ApplicationSubmitted(id, postingId, posting.title(), posting.companyId(), studentId, studentName));
        return new Applied(id, true);
    }

    record Applied(long applicationId, boolean created) {}

    static final String UNDO_NOTE = "Withdrawal undone.";

    /**
     * Takes a withdrawal back within {@link StudentApplicationView#UNDO_WINDOW} of it: the
     * application returns to the status it had, and the history says so. Refused once the window
     * has passed or the posting no longer takes applications.
     */
    @Transactional
    void undoWithdraw(long studentId, long applicationId) {
        JobApplication application = applications
                .findForUpdate(applicationId)
                .filter(a -> a.getStudentId() == studentId)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        TimelineEntry withdrawal = queries.latestChange(applicationId)
                .filter(e -> application.getStatus() == ApplicationStatus.WITHDRAWN)
                .filter(e -> e.to() == ApplicationStatus.WITHDRAWN && e.from() != null)
                .orElseThrow(() -> new HiringRefusedException("hiring.undo.notWithdrawn"));
        if (!Instant.now(clock).isBefore(withdrawal.at().plus(StudentApplicationView.UNDO_WINDOW))) {
            throw new HiringRefusedException("hiring.undo.tooLate");
        }
        PostingForHiring posting = postings.forHiring(application.getPostingId());
        if (!posting.acceptingApplications()) {
            throw new HiringRefusedException("hiring.undo.closed");
        }
        application.restore(withdrawal.from());
        history.save(
                new StatusChange(applicationId, ApplicationStatus.WITHDRAWN, withdrawal.from(), studentId, UNDO_NOTE));
        events.publishEvent(new WithdrawalUndone(applicationId, posting.companyId(), posting.title()));
    }

    @Transactional
    void withdraw(long studentId, long applicationId) {
        JobApplication application = ownedByStudent(studentId, applicationId);
        move(application, ApplicationStatus.WITHDRAWN, studentId, null);
    }

    @Transactional
    void rateEmployer(long studentId, long applicationId, int rating, String comment) {
        JobApplication application = ownedByStudent(studentId, applicationId);
        application.rateEmployer(rating, comment);
        PostingForHiring posting = postings.forHiring(application.getPostingId());
        events.publishEvent(new EmployerRated(applicationId, posting.companyId(), posting.title(), rating));
    }

    @Transactional
    void shortlist(long memberId, long applicationId) {
        JobApplication application = ownedByEmployer(memberId, applicationId);
        move(application, ApplicationStatus.SHORTLISTED, memberId, null);
    }

    @Transactional
    void reject(long memberId, long applicationId, String message) {
        JobApplication application = ownedByEmployer(memberId, applicationId);
        move(application, ApplicationStatus.REJECTED, memberId, message);
    }

    /**
     * Hires, never beyond the posting's openings: the posting's row is locked first, so concurrent
     * hires on one posting run one after another and each counts the hires before it. Filling the
     * last opening closes the posting and closes the other open applications with a note.
     */
    @Transactional
    void hire(long memberId, long applicationId) {
        long postingId = applications
                .findPostingId(applicationId)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        PostingForHiring posting = postings.lockForHiring(postingId);
        if (posting.companyId() != companies.companyIdOfMember(memberId)) {
            throw new ApplicationNotFoundException(applicationId);
        }
        JobApplication application = applications
                .findForUpdate(applicationId)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        long hired = applications.countHired(postingId);
        if (application.getStatus().canMoveTo(ApplicationStatus.HIRED)) {
            if (hired >= posting.openings()) {
                throw new HiringRefusedException("hiring.hire.full");
            }
            requireUnderCap(application.getStudentId(), postingId);
        }
        move(application, ApplicationStatus.HIRED, memberId, null);
        if (hired + 1 >= posting.openings()) {
            fill(posting);
        }
    }

    /**
     * Refuses a hire that would take the student's running engagements above their weekly hour
     * cap. The student's row is locked (after the posting's, as every hire does), so concurrent
     * hires of one student on different postings count each other's hours.
     */
    private void requireUnderCap(long studentId, long postingId) {
        queries.lockStudent(studentId);
        HourCap cap = queries.hourCapOf(studentId);
        int needed = queries.hoursPerWeek(postingId);
        if (!cap.allows(needed)) {
            throw new HiringRefusedException("hiring.hire.overCap", needed, cap.committed(), cap.cap(), cap.free());
        }
    }

    private void fill(PostingForHiring posting) {
        if (posting.status() == org.stint.posting.PostingStatus.OPEN) {
            postings.closeAsFilled(posting.id());
        }
        List<JobApplication> waiting = applications.findByPostingAndStatusIn(
                posting.id(), List.of(ApplicationStatus.SUBMITTED, ApplicationStatus.SHORTLISTED));
        for (JobApplication other : waiting) {
            ApplicationStatus from = other.getStatus();
            other.moveTo(ApplicationStatus.REJECTED);
            history.save(new StatusChange(other.getId(), from, ApplicationStatus.REJECTED, null, FILLED_NOTE));
        }
        events.publishEvent(new PositionFilled(
                posting.id(),
                posting.title(),
                posting.companyId(),
                waiting.stream().map(JobApplication::getStudentId).toList()));
    }

    static final String FILLED_NOTE = "All openings for this posting have been filled.";

    /**
     * Marks the work complete. The hours are the approved timesheets' total when any week was
     * approved (the typed figure is then ignored); otherwise the typed figure, which, beyond the
     * posting's hours per week × weeks + 10 %, needs the confirmation and a reason (kept as the
     * note of the completion in the history).
     *
     * @throws HoursOverLimitException for the form's message next to the field
     */
    @Transactional
    void complete(long memberId, long applicationId, BigDecimal typedHours, boolean confirmOver, String overReason) {
        JobApplication application = ownedByEmployer(memberId, applicationId);
        HiringQueries.HoursContext hours = queries.hoursContext(applicationId);
        BigDecimal worked = hours.approvedHours();
        String note = null;
        if (worked == null) {
            if (typedHours == null) {
                throw new HoursOverLimitException("hiring.complete.hoursRequired", "hoursWorked");
            }
            worked = typedHours;
            if (hours.limits()
                    .requireConfirmation(null, worked, confirmOver, overReason, "hoursWorked", "overReason")) {
                note = overReason.strip();
            }
        }
        ApplicationStatus from = application.getStatus();
        application.complete(worked);
        recordMove(application, from, memberId, note);
    }

    /**
     * Corrects the hours of completed work (the employer's correction, with its reason kept by the
     * caller): the portfolio's verification record and the university's reports read the new
     * figure (the reports' summaries follow through their triggers).
     *
     * @return the figure before the correction
     */
    @Transactional
    public BigDecimal correctCompletedHours(long memberId, long applicationId, BigDecimal hours) {
        JobApplication application = ownedByEmployer(memberId, applicationId);
        BigDecimal before = application.getHoursWorked();
        application.correctHours(hours);
        return before;
    }

    /** The posting's hour limits for an application (the caller has checked who may see it). */
    public HourLimits hourLimits(long applicationId) {
        return queries.hoursContext(applicationId).limits();
    }

    @Transactional
    void rateStudent(long memberId, long applicationId, int rating, String feedback) {
        JobApplication application = ownedByEmployer(memberId, applicationId);
        application.rateStudent(rating, feedback);
        events.publishEvent(new StudentRated(
                applicationId,
                application.getStudentId(),
                postings.forHiring(application.getPostingId()).title(),
                rating));
    }

    /** What the student is owed: the fee, or the hourly rate times the hours actually worked. */
    Money amountOwed(JobApplication application, PostingForHiring posting) {
        return amountOwed(posting.pay().amount(), posting.pay().type(), application.getHoursWorked());
    }

    /** The fee, or the hourly rate times the hours worked (the rate until hours are recorded). */
    static Money amountOwed(Money pay, PayType type, BigDecimal hoursWorked) {
        if (type == PayType.FIXED || hoursWorked == null) {
            return pay;
        }
        long minor = BigDecimal.valueOf(pay.minorUnits())
                .multiply(hoursWorked)
                .setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        return new Money(minor, pay.currency());
    }

    /**
     * Records the payment. An amount other than the one owed needs a note saying why.
     *
     * @throws PaymentMismatchException carrying the amount owed, for the form's message
     */
    @Transactional
    void recordPayment(long memberId, long applicationId, PaymentForm form) {
        JobApplication application = ownedByEmployer(memberId, applicationId);
        application.requireCompleted();
        if (payments.existsById(applicationId)) {
            throw new HiringRefusedException("hiring.payment.alreadyRecorded");
        }
        PostingForHiring posting = postings.forHiring(application.getPostingId());
        Money owed = amountOwed(application, posting);
        if (!form.currency().equals(owed.currency().getCurrencyCode())) {
            throw new PaymentMismatchException("hiring.payment.currency", owed);
        }
        Money paid = Money.ofMajor(form.amount(), form.currency());
        if (paid.minorUnits() != owed.minorUnits()
                && (form.note() == null || form.note().isBlank())) {
            throw new PaymentMismatchException("hiring.payment.noteRequired", owed);
        }
        payments.save(new Payment(
                applicationId,
                paid.minorUnits(),
                form.currency(),
                form.paidOn(),
                form.reference(),
                form.note(),
                memberId));
        events.publishEvent(
                new PaymentRecorded(applicationId, application.getStudentId(), posting.title(), paid.formatted()));
    }

    /**
     * The student disputes the pay of their completed engagement, once; the company and the
     * student's career office are told.
     */
    @Transactional
    long raiseDispute(long studentId, String studentName, long applicationId, String reason) {
        JobApplication application = applications
                .findForUpdate(applicationId)
                .filter(a -> a.getStudentId() == studentId)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        application.requireCompleted();
        if (disputes.existsByApplicationId(applicationId)) {
            throw new HiringRefusedException("hiring.dispute.already");
        }
        PaymentDispute dispute =
                disputes.save(new PaymentDispute(applicationId, reason, studentId, Instant.now(clock)));
        PostingForHiring posting = postings.forHiring(application.getPostingId());
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
        PostingForHiring posting = postings.forHiring(view.postingId());
        events.publishEvent(new DisputeDecided(
                view.applicationId(), posting.companyId(), view.studentId(), posting.title(), outcome));
    }

    /** The application as its employer sees it, with the student's profile and its history. */
    EmployerApplicationView employerView(long memberId, long applicationId) {
        return queries.employerView(applicationId, memberId)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    }

    StudentApplicationView studentView(long studentId, long applicationId) {
        ownedByStudent(studentId, applicationId);
        return queries.studentView(applicationId);
    }

    /** The applicants of one of the employer's postings, optionally of one status: two statements. */
    @Transactional(readOnly = true)
    ApplicantList applicants(long memberId, long postingId, ApplicationStatus status, ApplicantSort sort) {
        ApplicantList.Posting posting = queries.postingOfMember(postingId, memberId)
                .orElseThrow(() -> new org.stint.posting.PostingNotFoundException(postingId));
        List<ApplicantRow> all = queries.applicants(postingId);
        java.util.Map<ApplicationStatus, Long> counts = new java.util.EnumMap<>(ApplicationStatus.class);
        all.forEach(a -> counts.merge(a.status(), 1L, Long::sum));
        List<ApplicantRow> shown = all.stream()
                .filter(a -> status == null || a.status() == status)
                .sorted(sort.order)
                .toList();
        return new ApplicantList(posting, status, sort, shown, counts);
    }

    /** The applicant's CV: only members of the company applied to may download it. */
    Optional<org.stint.student.StudentCv> cvForEmployer(long memberId, long applicationId) {
        return students.cvOf(ownedByEmployer(memberId, applicationId).getStudentId());
    }

    private void move(JobApplication application, ApplicationStatus target, long actor, String note) {
        ApplicationStatus from = application.getStatus();
        application.moveTo(target);
        recordMove(application, from, actor, note);
    }

    private void recordMove(JobApplication application, ApplicationStatus from, Long actor, String note) {
        history.save(new StatusChange(application.getId(), from, application.getStatus(), actor, note));
        PostingForHiring posting = postings.forHiring(application.getPostingId());
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

    private JobApplication ownedByStudent(long studentId, long applicationId) {
        return applications
                .findById(applicationId)
                .filter(a -> a.getStudentId() == studentId)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    }

    private JobApplication ownedByEmployer(long memberId, long applicationId) {
        JobApplication application =
                applications.findById(applicationId).orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        long companyId = companies.companyIdOfMember(memberId);
        if (postings.forHiring(application.getPostingId()).companyId() != companyId) {
            throw new ApplicationNotFoundException(applicationId);
        }
        return application;
    }
}
