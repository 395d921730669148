package org.stint.hiring;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    HiringService(
            JobApplicationRepository applications,
            StatusChangeRepository history,
            PaymentRepository payments,
            PostingService postings,
            CompanyService companies,
            StudentService students,
            HiringQueries queries,
            ApplicationEventPublisher events,
            EmailVerification verification) {
        this.applications = applications;
        this.history = history;
        this.payments = payments;
        this.postings = postings;
        this.companies = companies;
        this.students = students;
        this.queries = queries;
        this.events = events;
        this.verification = verification;
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
        if (application.getStatus().canMoveTo(ApplicationStatus.HIRED) && hired >= posting.openings()) {
            throw new HiringRefusedException("hiring.hire.full");
        }
        move(application, ApplicationStatus.HIRED, memberId, null);
        if (hired + 1 >= posting.openings()) {
            fill(posting);
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

    @Transactional
    void complete(long memberId, long applicationId, BigDecimal hoursWorked) {
        JobApplication application = ownedByEmployer(memberId, applicationId);
        ApplicationStatus from = application.getStatus();
        application.complete(hoursWorked);
        recordMove(application, from, memberId, null);
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
