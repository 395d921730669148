package org.stint.hiring;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;
import org.stint.university.RecommendationService;

/** The student's side: their applications, each with its timeline, withdraw and rating. */
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
        // what the student's career office recommends
        model.addAttribute("recommendations", recommendations.forStudent(user.userId()));
        return "hiring/my-applications";
    }

    @GetMapping("/applications/{id}")
    String show(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model) {
        model.addAttribute("app", hiring.studentView(user.userId(), id));
        if (!model.containsAttribute("rating")) {
            model.addAttribute("rating", new RatingForm(null, null));
        }
        return "hiring/my-application";
    }

    @PostMapping("/applications/{id}/withdraw")
    String withdraw(
            @AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            hiring.withdraw(user.userId(), id);
            redirect.addFlashAttribute("flash", "hiring.withdraw.done");
        } catch (HiringRefusedException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/applications/" + id;
    }

    @PostMapping("/applications/{id}/rating")
    String rate(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("rating") RatingForm rating,
            BindingResult errors,
            Model model) {
        if (errors.hasErrors()) {
            model.addAttribute("app", hiring.studentView(user.userId(), id));
            return "hiring/my-application";
        }
        try {
            hiring.rateEmployer(user.userId(), id, rating.rating(), rating.comment());
        } catch (HiringRefusedException refused) {
            errors.reject(refused.messageKey());
            model.addAttribute("app", hiring.studentView(user.userId(), id));
            return "hiring/my-application";
        }
        return "redirect:/applications/" + id + "?rated";
    }
}
