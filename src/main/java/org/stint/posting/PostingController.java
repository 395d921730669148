package org.stint.posting;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.stint.company.CompanyService;
import org.stint.company.CompanySummary;

@Controller
class PostingController {

    private final PostingService postings;

    private final CompanyService companies;

    PostingController(PostingService postings, CompanyService companies) {
        this.postings = postings;
        this.companies = companies;
    }

    /** Browse and search; a value that does not bind (say {@code category=FOO}) is ignored. */
    @GetMapping("/postings")
    String browse(@ModelAttribute("filter") PostingFilter filter, BindingResult ignoredBadValues, Model model) {
        PostingFilter normalized = filter.normalized();
        model.addAttribute("filter", normalized);
        model.addAttribute("result", postings.search(normalized));
        model.addAttribute("categories", Category.values());
        model.addAttribute("modes", WorkMode.values());
        model.addAttribute("payTypes", PayType.values());
        model.addAttribute("sorts", SearchSort.values());
        model.addAttribute("countryOptions", CountryOptions.html(normalized.country()));
        return "posting/browse";
    }

    @GetMapping("/postings/{id}")
    String show(@PathVariable long id, Model model) {
        PostingDetails posting = postings.publicDetails(id);
        model.addAttribute("posting", posting);
        CompanySummary company =
                companies.findById(posting.companyId()).orElseThrow(() -> new PostingNotFoundException(id));
        model.addAttribute("company", company);
        model.addAttribute("jobPostingJsonLd", JobPostingJsonLd.script(JobPostingJsonLd.of(posting, company)));
        return "posting/show";
    }
}
