package org.stint.posting.search;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.stint.company.CompanyNotFoundException;
import org.stint.company.CompanyService;
import org.stint.company.CompanySummary;

/**
 * The public company page: profile, figures and a page of its open postings, in three SQL
 * statements whatever the company's size.
 */
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
    String show(@PathVariable String slug, @RequestParam MultiValueMap<String, String> query, Model model) {
        CompanySummary company =
                companies.findBySlug(slug).orElseThrow(() -> new CompanyNotFoundException("slug " + slug));
        LocalDate today = LocalDate.now(clock);
        Integer asked = QueryValues.number(query, "page");
        int page = asked == null || asked < 1 ? 1 : Math.min(asked, CompanyPageQueries.MAX_PAGES);
        CompanyFigures figures = queries.figures(company.id(), today);
        model.addAttribute("company", company);
        model.addAttribute("figures", figures);
        model.addAttribute("postings", queries.openPostings(company.id(), today, page));
        model.addAttribute("page", page);
        model.addAttribute("pages", figures.pages(CompanyPageQueries.PAGE_SIZE, CompanyPageQueries.MAX_PAGES));
        return "posting/company";
    }
}
