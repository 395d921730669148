package org.stint.system;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stint.account.AccountPrincipal;
import org.stint.posting.MarketplaceFigures;
import org.stint.posting.search.PostingBrowsing;

@Controller
class HomeController {

    private final PostingBrowsing postings;

    private final MarketplaceFigures figures;

    HomeController(PostingBrowsing postings, MarketplaceFigures figures) {
        this.postings = postings;
        this.figures = figures;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("latest", postings.latest(6, AccountPrincipal.studentId(user)));
        model.addAttribute("counts", figures.counts());
        model.addAttribute("metaDescriptionKey", "system.home.description");
        return "system/home";
    }

    @GetMapping("/about")
    String about() {
        return "system/about";
    }

    /** After sign-in everyone lands on the page that shows their own work. */
    @GetMapping("/dashboard")
    String dashboard(@AuthenticationPrincipal AccountPrincipal user) {
        return switch (user.role()) {
            case STUDENT -> "redirect:/applications";
            case EMPLOYER -> "redirect:/employer/postings";
            case UNIVERSITY_STAFF -> "redirect:/university";
            case ADMIN -> "redirect:/admin";
        };
    }
}
