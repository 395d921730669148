package org.stint.hiring;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stint.account.AccountPrincipal;

@Controller
class MyApplicationsController {

    private final HiringService hiring;

    MyApplicationsController(HiringService hiring) {
        this.hiring = hiring;
    }

    /** The student's landing page. */
    @GetMapping("/applications")
    String mine(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("applications", hiring.applicationsOf(user.userId()));
        return "hiring/my-applications";
    }
}
