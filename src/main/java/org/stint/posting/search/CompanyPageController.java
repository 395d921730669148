package org.stint.posting.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stint.company.CompanyNotFoundException;
import org.stint.company.CompanyService;
import org.stint.company.CompanySummary;

/** The public company page: profile, open postings and figures, in three SQL statements. */
@Controller
class CompanyPageController {

    private final CompanyService companies;

    private final CompanyPageQueries queries;

    private final Clock clock;

    CompanyPageController(CompanyService companies, CompanyPageQueries queries, Clock clock) {
        this.companies = companies;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/companies/{slug}")
    String show(@PathVariable String slug, Model model) {
        CompanySummary company =
                companies.findBySlug(slug).orElseThrow(() -> new CompanyNotFoundException("slug " + slug));
        List<PostingCard> open = queries.openPostings(company.id(), LocalDate.now(clock));
        model.addAttribute("company", company);
        model.addAttribute("postings", open);
        model.addAttribute("figures", queries.figures(company.id(), open.size()));
        return "posting/company";
    }
}
