package org.stint.posting;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.stint.account.AccountPrincipal;
import org.stint.shared.KeptPages;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

@Controller
class PostingController {

    /** Some 30 KB a search page, 10 KB a posting page: about a thousand and three thousand. */
    private static final long KEPT_PAGE_BYTES = 32L * 1024 * 1024;

    private final PostingService postings;

    /** Pages for visitors who are not signed in, kept while their result or posting is kept. */
    private final KeptPages<PostingFilter> searchPages;

    private final KeptPages<Long> postingPages;

    PostingController(PostingService postings, ThymeleafViewResolver templates) {
        this.postings = postings;
        this.searchPages = new KeptPages<>(templates, "posting/browse", KEPT_PAGE_BYTES);
        this.postingPages = new KeptPages<>(templates, "posting/show", KEPT_PAGE_BYTES);
    }

    /** Browse and search; a value that does not parse (say {@code category=FOO}) is ignored. */
    @GetMapping("/postings")
    ModelAndView browse(
            @RequestParam MultiValueMap<String, String> query,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model) {
        PostingFilter normalized = PostingFilter.fromQuery(query).normalized();
        model.addAttribute("filter", normalized);
        Long viewer = viewer(user); // issue #4: partner-only rule and marks
        SearchResult result = postings.search(normalized, viewer);
        model.addAttribute("result", result);
        model.addAttribute(
                "partnerMarks",
                postings.partnerMarks(
                        viewer,
                        result.items().stream().map(PostingCard::companyId).toList()));
        return new ModelAndView(searchPages.view(normalized, result));
    }

    @GetMapping("/postings/{id}")
    ModelAndView show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
        PostingPage page = postings.publicPage(id, viewer(user)); // issue #4: 404 when not visible
        model.addAttribute("posting", page.posting());
        model.addAttribute("company", page.company());
        model.addAttribute("jobPostingJsonLd", page.jobPostingJsonLd());
        model.addAttribute(
                "partnerMarks",
                postings.partnerMarks(viewer(user), List.of(page.posting().companyId())));
        return new ModelAndView(postingPages.view(id, page));
    }

    static Long viewer(AccountPrincipal user) {
        return user == null ? null : user.userId();
    }
}
