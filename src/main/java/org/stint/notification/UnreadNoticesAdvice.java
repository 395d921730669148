package org.stint.notification;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.stint.account.AccountPrincipal;

/** The bell in the layout: how many unread notices the signed-in user has (one count query). */
@ControllerAdvice
class UnreadNoticesAdvice {

    private final NoticeService notices;

    UnreadNoticesAdvice(NoticeService notices) {
        this.notices = notices;
    }

    @ModelAttribute("unreadNotices")
    Long unreadNotices(@AuthenticationPrincipal AccountPrincipal user) {
        return user == null ? null : notices.unreadCount(user.userId());
    }
}
