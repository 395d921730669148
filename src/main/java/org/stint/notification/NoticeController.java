package org.stint.notification;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    /**
     * A notice's link goes through here: opening it marks it read, then leads to what it is about.
     * Another user's notice, or none, is not found.
     */
    @GetMapping("/notifications/{id}")
    String open(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id) {
        String target = notices.open(user.userId(), id).orElseThrow(NoticeNotFoundException::new);
        return "redirect:" + target;
    }

    @PostMapping("/notifications/read")
    String markAllRead(@AuthenticationPrincipal AccountPrincipal user) {
        notices.markAllRead(user.userId());
        return "redirect:/notifications";
    }
}
