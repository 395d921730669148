package org.stint.posting;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stint.account.AccountPrincipal;
import org.stint.company.CompanyService;
import org.stint.company.CompanySummary;

@Controller
class EmployerPostingsController {

    private final PostingService postings;

    private final CompanyService companies;

    EmployerPostingsController(PostingService postings, CompanyService companies) {
        this.postings = postings;
        this.companies = companies;
    }

    /** The employer's landing page: their company's postings, newest first. */
    @GetMapping("/employer/postings")
    String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        CompanySummary company = companies.companyOfMember(user.userId());
        model.addAttribute("company", company);
        model.addAttribute("postings", postings.companyPostings(company.id()));
        return "posting/employer-list";
    }
}
