package org.stint.posting;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stint.account.AccountPrincipal;

@Controller
class PostingController {

    private final PostingService postings;

    PostingController(PostingService postings) {
        this.postings = postings;
    }

    /** Browse and search; a value that does not parse (say {@code category=FOO}) is ignored. */
    @GetMapping("/postings")
    String browse(
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
        return "posting/browse";
    }

    @GetMapping("/postings/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
        PostingPage page = postings.publicPage(id, viewer(user)); // issue #4: 404 when not visible
        model.addAttribute("posting", page.posting());
        model.addAttribute("company", page.company());
        model.addAttribute("jobPostingJsonLd", page.jobPostingJsonLd());
        model.addAttribute(
                "partnerMarks",
                postings.partnerMarks(viewer(user), List.of(page.posting().companyId())));
        return "posting/show";
    }

    static Long viewer(AccountPrincipal user) {
        return user == null ? null : user.userId();
    }
}
