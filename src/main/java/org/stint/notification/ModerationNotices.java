package org.stint.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stint.company.CompanyService;
import org.stint.posting.PostingHidden;

/** A company hears that an administrator hid one of its postings, and why. */
@Component
class ModerationNotices {

    private final NoticeService notices;

    private final CompanyService companies;

    ModerationNotices(NoticeService notices, CompanyService companies) {
        this.notices = notices;
        this.companies = companies;
    }

    @ApplicationModuleListener
    void on(PostingHidden event) {
        notices.notify(
                companies.memberIds(event.companyId()),
                "postingHidden",
                "/employer/postings",
                event.title(),
                event.reason());
    }
}
