package org.stint.notification;

import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stint.company.CompanyService;
import org.stint.hiring.ApplicationStatus;
import org.stint.hiring.ApplicationStatusChanged;
import org.stint.hiring.ApplicationSubmitted;
import org.stint.hiring.DisputeDecided;
import org.stint.hiring.EmployerRated;
import org.stint.hiring.PaymentDisputed;
import org.stint.hiring.PaymentRecorded;
import org.stint.hiring.PositionFilled;
import org.stint.hiring.StudentRated;
import org.stint.hiring.WithdrawalUndone;
import org.stint.university.UniversityService;

/**
 * Tells students and employers about the hiring events they wait for. Each listener runs after
 * the business transaction committed, in its own transaction; a failure is retried later and
 * never undoes the business change.
 */
@Component
class HiringNotices {

    private final NoticeService notices;

    private final CompanyService companies;

    private final UniversityService universities;

    HiringNotices(NoticeService notices, CompanyService companies, UniversityService universities) {
        this.notices = notices;
        this.companies = companies;
        this.universities = universities;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted event) {
        notices.notify(
                companies.memberIds(event.companyId()),
                "applicationReceived",
                "/employer/applications/" + event.applicationId(),
                event.studentName(),
                event.postingTitle());
    }

    @ApplicationModuleListener
    void on(ApplicationStatusChanged event) {
        if (event.to() == ApplicationStatus.WITHDRAWN) {
            notices.notify(
                    companies.memberIds(event.companyId()),
                    "applicationWithdrawn",
                    "/employer/applications/" + event.applicationId(),
                    event.postingTitle());
            return;
        }
        if (event.actorUserId() == null) {
            return; // closed by Stint when the posting filled: PositionFilled says so once
        }
        notices.notify(
                List.of(event.studentId()),
                "status." + event.to(),
                "/applications/" + event.applicationId(),
                event.postingTitle(),
                event.note() == null ? "" : event.note());
    }

    @ApplicationModuleListener
    void on(PositionFilled event) {
        notices.notify(event.studentIds(), "positionFilled", "/postings/" + event.postingId(), event.postingTitle());
    }

    @ApplicationModuleListener
    void on(StudentRated event) {
        notices.notify(
                List.of(event.studentId()),
                "studentRated",
                "/applications/" + event.applicationId(),
                event.postingTitle(),
                event.rating());
    }

    @ApplicationModuleListener
    void on(EmployerRated event) {
        notices.notify(
                companies.memberIds(event.companyId()),
                "employerRated",
                "/employer/applications/" + event.applicationId(),
                event.postingTitle(),
                event.rating());
    }

    @ApplicationModuleListener
    void on(PaymentRecorded event) {
        notices.notify(
                List.of(event.studentId()),
                "paymentRecorded",
                "/applications/" + event.applicationId(),
                event.postingTitle(),
                event.amount());
    }

    @ApplicationModuleListener
    void on(WithdrawalUndone event) {
        notices.notify(
                companies.memberIds(event.companyId()),
                "withdrawalUndone",
                "/employer/applications/" + event.applicationId(),
                event.postingTitle());
    }

    /** The company and the student's career office hear of a pay dispute. */
    @ApplicationModuleListener
    void on(PaymentDisputed event) {
        notices.notify(
                companies.memberIds(event.companyId()),
                "paymentDisputed",
                "/employer/applications/" + event.applicationId(),
                event.postingTitle(),
                event.studentName());
        notices.notify(
                universities.staffOf(event.universityId()),
                "paymentDisputed",
                "/university/disputes/" + event.disputeId(),
                event.postingTitle(),
                event.studentName());
    }

    /** The student and the company hear the career office's outcome. */
    @ApplicationModuleListener
    void on(DisputeDecided event) {
        String kind = "disputeDecided." + event.outcome();
        notices.notify(
                List.of(event.studentId()), kind, "/applications/" + event.applicationId(), event.postingTitle());
        notices.notify(
                companies.memberIds(event.companyId()),
                kind,
                "/employer/applications/" + event.applicationId(),
                event.postingTitle());
    }
}
