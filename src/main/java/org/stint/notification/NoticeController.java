package org.stint.notification;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.stint.account.AccountPrincipal;

@Controller
class NoticeController {

    private final NoticeService notices;

    NoticeController(NoticeService notices) {
        this.notices = notices;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("notices", notices.latest(user.userId()));
        return "notification/list";
    }

    @PostMapping("/notifications/read")
    String markAllRead(@AuthenticationPrincipal AccountPrincipal user) {
        notices.markAllRead(user.userId());
        return "redirect:/notifications";
    }
}
