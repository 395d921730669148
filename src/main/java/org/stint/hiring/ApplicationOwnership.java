package org.stint.hiring;

import org.springframework.stereotype.Component;
import org.stint.company.CompanyService;
import org.stint.posting.PostingsForHiring;

/**
 * Who may act on an application: a student only on their own applications, an employer only on
 * applications to their own company's postings. Anything else is "not found", so ids of other
 * people's applications reveal nothing.
 */
@Component
class ApplicationOwnership {

    private final JobApplicationRepository applications;

    private final PostingsForHiring postings;

    private final CompanyService companies;

    ApplicationOwnership(JobApplicationRepository applications, PostingsForHiring postings, CompanyService companies) {
        this.applications = applications;
        this.postings = postings;
        this.companies = companies;
    }

    /** The student's own application. */
    JobApplication ownedByStudent(long studentId, long applicationId) {
        return applications
                .findById(applicationId)
                .filter(a -> a.getStudentId() == studentId)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    }

    /** The student's own application, its row locked until the transaction ends. */
    JobApplication lockedForStudent(long studentId, long applicationId) {
        return applications
                .findForUpdate(applicationId)
                .filter(a -> a.getStudentId() == studentId)
                .orElseThrow(() -> new ApplicationNotFoundException(applicationId));
    }

    /** An application to one of the posting's of the member's company. */
    JobApplication ownedByEmployer(long memberId, long applicationId) {
        JobApplication application =
                applications.findById(applicationId).orElseThrow(() -> new ApplicationNotFoundException(applicationId));
        long companyId = companies.companyIdOfMember(memberId);
        if (postings.get(application.getPostingId()).companyId() != companyId) {
            throw new ApplicationNotFoundException(applicationId);
        }
        return application;
    }
}
