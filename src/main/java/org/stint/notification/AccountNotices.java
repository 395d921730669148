package org.stint.notification;

import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.stint.account.SignInsPaused;

/** Account owners hear, in the app and by e-mail, when sign-ins to their account were paused. */
@Component
class AccountNotices {

    private final NoticeService notices;

    AccountNotices(NoticeService notices) {
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(SignInsPaused paused) {
        notices.notify(List.of(paused.userId()), "signInsPaused", null);
    }
}
