package org.stint.hiring;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stint.account.AccountPrincipal;
import org.stint.university.RecommendationService;

@Controller
class MyApplicationsController {

    private final HiringService hiring;

    private final RecommendationService recommendations;

    MyApplicationsController(HiringService hiring, RecommendationService recommendations) {
        this.hiring = hiring;
        this.recommendations = recommendations;
    }

    /** The student's landing page. */
    @GetMapping("/applications")
    String mine(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("applications", hiring.applicationsOf(user.userId()));
        // issue #4: what the student's career office recommends
        model.addAttribute("recommendations", recommendations.forStudent(user.userId()));
        return "hiring/my-applications";
    }
}
