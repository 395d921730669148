package org.stint.posting.search;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stint.account.AccountPrincipal;
import org.stint.posting.Category;
import org.stint.posting.WorkMode;

@Controller
class PostingController {

    private final PostingBrowsing postings;

    PostingController(PostingBrowsing postings) {
        this.postings = postings;
    }

    /** Browse and search; a value that does not parse (say {@code category=FOO}) is ignored. */
    @GetMapping("/postings")
    String browse(
            @RequestParam MultiValueMap<String, String> query,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model) {
        PostingFilter filter = PostingFilter.fromQuery(query).normalized();
        PostingBrowsing.Browse browse = postings.browse(filter, AccountPrincipal.studentId(user));
        model.addAttribute("filter", filter);
        model.addAttribute("result", browse.result());
        // a partner-only university's students are told why they see fewer postings
        model.addAttribute("partnerOnlyUniversity", browse.partnerOnlyUniversity());
        model.addAttribute("categories", Category.values());
        model.addAttribute("modes", WorkMode.values());
        model.addAttribute("sorts", SearchSort.values());
        model.addAttribute("metaDescriptionKey", "posting.browse.description");
        return "posting/browse";
    }

    @GetMapping("/postings/{id}")
    String show(
            @PathVariable long id,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            HttpServletResponse response) {
        PostingPage page;
        try {
            page = postings.publicPage(id, AccountPrincipal.studentId(user));
        } catch (PostingUnavailableException unavailable) {
            // a student who may know why the posting cannot be opened is told; anyone else gets 404
            model.addAttribute("unavailable", unavailable.why());
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "posting/unavailable";
        }
        model.addAttribute("posting", page.posting());
        model.addAttribute("company", page.company());
        model.addAttribute("vettedBy", page.vettedBy());
        model.addAttribute("applied", page.applied());
        model.addAttribute("saved", page.saved());
        model.addAttribute("metaDescription", page.posting().metaDescription());
        model.addAttribute("jobPostingJsonLd", page.jobPostingJsonLd());
        return "posting/show";
    }
}
