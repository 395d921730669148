package org.stint.system;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.stint.account.AccountPrincipal;
import org.stint.posting.MarketplaceCounts;
import org.stint.posting.MarketplaceFigures;
import org.stint.posting.PostingCard;
import org.stint.posting.PostingService;
import org.stint.shared.KeptPages;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

@Controller
class HomeController {

    private final PostingService postings;

    private final MarketplaceFigures figures;

    /**
     * The home page for visitors who are not signed in, kept while it shows the same: one as it
     * is, one with the "signed out" message ({@code /?signedOut}, where signing out lands).
     */
    private final KeptPages<String> homePages;

    HomeController(PostingService postings, MarketplaceFigures figures, ThymeleafViewResolver templates) {
        this.postings = postings;
        this.figures = figures;
        this.homePages = new KeptPages<>(templates, "system/home", 1024 * 1024);
    }

    @GetMapping("/")
    ModelAndView home(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam(required = false) String signedOut,
            Model model) {
        Long viewer = user == null ? null : user.userId();
        List<PostingCard> latest = postings.latest(6, viewer); // issue #4: partner-only rule
        model.addAttribute("latest", latest);
        model.addAttribute(
                "partnerMarks",
                postings.partnerMarks(
                        viewer, latest.stream().map(PostingCard::companyId).toList()));
        MarketplaceCounts counts = figures.counts();
        model.addAttribute("counts", counts);
        return new ModelAndView(homePages.view(signedOut == null ? "home" : "signed out", new Shown(latest, counts)));
    }

    private record Shown(List<PostingCard> latest, MarketplaceCounts counts) {}

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
