package org.stint.notification;

import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stint.company.ColleagueInvited;
import org.stint.company.CompanyService;
import org.stint.university.PartnershipApproved;
import org.stint.university.PartnershipDeclined;
import org.stint.university.PartnershipRequested;
import org.stint.university.PartnershipRevoked;
import org.stint.university.StaffInvited;
import org.stint.university.UniversityService;

/**
 * Career offices hear of partnership requests (read once decided); companies hear of decisions (with the
 * reason); invited staff, and colleagues a company member
 * invited, get their sign-up link by e-mail.
 */
@Component
class PartnershipNotices {

    private final NoticeService notices;

    private final CompanyService companies;

    private final UniversityService universities;

    private final ApplicationEventPublisher events;

    private final MessageSource messages;

    private final MailProperties mail;

    PartnershipNotices(
            NoticeService notices,
            CompanyService companies,
            UniversityService universities,
            ApplicationEventPublisher events,
            MessageSource messages,
            MailProperties mail) {
        this.notices = notices;
        this.companies = companies;
        this.universities = universities;
        this.events = events;
        this.messages = messages;
        this.mail = mail;
    }

    @ApplicationModuleListener
    void on(PartnershipRequested event) {
        notices.notify(
                universities.staffOf(event.universityId()),
                "partnershipRequested",
                "/university/partnerships/" + event.partnershipId(),
                event.companyName(),
                event.universityName());
    }

    /**
     * Once a request is decided, the career office's notices about it have done their job: they are
     * marked read for every staff member, whoever decided.
     */
    private void requestDecided(long partnershipId) {
        notices.resolveForAll("partnershipRequested", "/university/partnerships/" + partnershipId);
    }

    @ApplicationModuleListener
    void on(PartnershipApproved event) {
        requestDecided(event.partnershipId());
        notices.notify(
                companies.memberIds(event.companyId()),
                "partnershipApproved",
                "/employer/partnerships",
                event.universityName());
    }

    @ApplicationModuleListener
    void on(PartnershipDeclined event) {
        requestDecided(event.partnershipId());
        notices.notify(
                companies.memberIds(event.companyId()),
                "partnershipDeclined",
                "/employer/partnerships",
                event.universityName(),
                event.reason());
    }

    @ApplicationModuleListener
    void on(PartnershipRevoked event) {
        notices.notify(
                companies.memberIds(event.companyId()),
                "partnershipRevoked",
                "/employer/partnerships",
                event.universityName(),
                event.reason());
    }

    /** The invited person has no account yet, so no in-app notice: only the e-mail with the link. */
    @ApplicationModuleListener
    void on(StaffInvited event) {
        Object[] args = {event.universityName(), mail.baseUrl() + "/signup/staff/" + event.token()};
        events.publishEvent(new EmailRequested(
                event.email(),
                messages.getMessage("notice.staffInvited.title", args, Locale.ENGLISH),
                messages.getMessage("notice.staffInvited.body", args, Locale.ENGLISH)));
    }

    /** A company's colleague invitation: the invited person has no account yet, so only e-mail. */
    @ApplicationModuleListener
    void on(ColleagueInvited event) {
        Object[] args = {event.companyName(), mail.baseUrl() + "/signup/employer", event.email()};
        events.publishEvent(new EmailRequested(
                event.email(),
                messages.getMessage("notice.colleagueInvited.title", args, Locale.ENGLISH),
                messages.getMessage("notice.colleagueInvited.body", args, Locale.ENGLISH)));
    }
}
