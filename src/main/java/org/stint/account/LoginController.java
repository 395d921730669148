package org.stint.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

    /** {@code paused}: minutes sign-ins must wait (SignInPauseFilter); anything else in it is ignored. */
    @GetMapping("/login")
    String login(@RequestParam(required = false) String paused, Model model) {
        if (paused != null && paused.matches("\\d{1,2}")) {
            model.addAttribute("pausedMinutes", Integer.parseInt(paused));
        }
        return "account/login";
    }
}
