package org.stint.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.stint.account.AccountPrincipal;

/**
 * The bell in the layout: how many unread notices the signed-in user has (one count query). A web
 * slice of another module's controller has no {@link NoticeService}; its pages then show no bell,
 * so such a test needs no mock of this module.
 */
@ControllerAdvice
class UnreadNoticesAdvice {

    private final ObjectProvider<NoticeService> notices;

    UnreadNoticesAdvice(ObjectProvider<NoticeService> notices) {
        this.notices = notices;
    }

    @ModelAttribute("unreadNotices")
    Long unreadNotices(@AuthenticationPrincipal AccountPrincipal user) {
        NoticeService service = notices.getIfAvailable();
        return user == null || service == null ? null : service.unreadCount(user.userId());
    }
}
