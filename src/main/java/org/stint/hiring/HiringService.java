package org.stint.hiring;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.EmailNotVerifiedException;
import org.stint.account.EmailVerification;
import org.stint.company.CompanyService;
import org.stint.posting.PostingForHiring;
import org.stint.posting.PostingsForHiring;
import org.stint.student.StudentService;

/**
 * The hiring workflow: applying, the employer's review and hire (within the posting's openings and
 * the student's hour cap), ratings, and the views of an application. Every method checks who is
 * acting through {@link ApplicationOwnership}.
 */
@Service
@Transactional(readOnly = true)
public class HiringService {

    private final JobApplicationRepository applications;

    private final StatusChangeRepository history;

    private final PostingsForHiring postings;

    private final CompanyService companies;

    private final StudentService students;

    private final StudentQueries studentQueries;

    private final EmployerQueries employerQueries;

    private final HourQueries hourQueries;

    private final ApplicationEventPublisher events;

    private final EmailVerification verification;

    private final ApplicationOwnership ownership;

    private final ApplicationStatusMoves moves;

    HiringService(
            JobApplicationRepository applications,
            StatusChangeRepository history,
            PostingsForHiring postings,
            CompanyService companies,
            StudentService students,
            StudentQueries studentQueries,
            EmployerQueries employerQueries,
            HourQueries hourQueries,
            ApplicationEventPublisher events,
            EmailVerification verification,
            ApplicationOwnership ownership,
            ApplicationStatusMoves moves) {
        this.applications = applications;
        this.history = history;
        this.postings = postings;
        this.companies = companies;
        this.students = students;
        this.studentQueries = studentQueries;
        this.employerQueries = employerQueries;
        this.hourQueries = hourQueries;
        this.events = events;
        this.verification = verification;
        this.ownership = ownership;
        this.moves = moves;
    }

    /** The student's own applications, newest first. */
    List<MyApplication> applicationsOf(long studentId) {
        return studentQueries.applicationsOf(studentId);
    }

    /** Before the apply form: the student's application to this posting, if any, and whether they have a CV. */
    StudentQueries.ApplyStart applyStart(long studentId, long postingId) {
        return studentQueries.applyStart(studentId, postingId);
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
        Optional<Long> created = studentQueries.insertApplication(postingId, studentId, coverNote.strip());
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
    void rateEmployer(long studentId, long applicationId, int rating, String comment) {
        JobApplication application = ownership.ownedByStudent(studentId, applicationId);
        application.rateEmployer(rating, comment);
        PostingForHiring posting = postings.get(application.getPostingId());
        events.publishEvent(new EmployerRated(applicationId, posting.companyId(), posting.title(), rating));
    }

    @Transactional
    void shortlist(long memberId, long applicationId) {
        JobApplication application = ownership.ownedByEmployer(memberId, applicationId);
        moves.move(application, ApplicationStatus.SHORTLISTED, memberId, null);
    }

    @Transactional
    void reject(long memberId, long applicationId, String message) {
        JobApplication application = ownership.ownedByEmployer(memberId, applicationId);
        moves.move(application, ApplicationStatus.REJECTED, memberId, message);
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
        PostingForHiring posting = postings.lock(postingId);
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
        moves.move(application, ApplicationStatus.HIRED, memberId, null);
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
        hourQueries.lockStudent(studentId);
        HourCap cap = hourQueries.hourCapOf(studentId);
        int needed = hourQueries.hoursPerWeek(postingId);
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

    @Transactional
    void rateStudent(long memberId, long applicationId, int rating, String feedback) {
        JobApplication application = ownership.ownedByEmployer(memberId, applicationId);
        application.rateStudent(rating, feedback);
        events.publishEvent(new StudentRated(
                applicationId,
                application.getStudentId(),
                postings.get(application.getPostingId()).title(),
                rating));
    }

    /** The application as its employer sees it, with the student's profile and its history. */
    EmployerApplicationView employerView(long memberId, long applicationId) {
        return employerQueries
                .employerView(applicationId, memberId)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    }

    StudentApplicationView studentView(long studentId, long applicationId) {
        ownership.ownedByStudent(studentId, applicationId);
        return studentQueries.studentView(applicationId);
    }

    /** The applicants of one of the employer's postings, optionally of one status: two statements. */
    @Transactional(readOnly = true)
    ApplicantList applicants(long memberId, long postingId, ApplicationStatus status, ApplicantSort sort) {
        ApplicantList.Posting posting = employerQueries
                .postingOfMember(postingId, memberId)
                .orElseThrow(() -> new org.stint.posting.PostingNotFoundException(postingId));
        List<ApplicantRow> all = employerQueries.applicants(postingId);
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
        return students.cvOf(ownership.ownedByEmployer(memberId, applicationId).getStudentId());
    }
}
