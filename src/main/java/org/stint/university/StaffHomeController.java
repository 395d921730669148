package org.stint.university;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stint.account.AccountPrincipal;

@Controller
class StaffHomeController {

    private final UniversityService universities;

    StaffHomeController(UniversityService universities) {
        this.universities = universities;
    }

    @GetMapping("/university")
    String home(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("overview", universities.overviewFor(user.userId()));
        return "university/home";
    }
}
