package org.stint.company;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;
import org.stint.shared.Countries;

/** The employer's own company: its profile, members and invitations. The company is always the member's own. */
@Controller
@RequestMapping("/employer/company")
class CompanyProfileController {

    private static final String PAGE = "company/profile";

    private final CompanyService companies;

    CompanyProfileController(CompanyService companies) {
        this.companies = companies;
    }

    @ModelAttribute("countries")
    Object countries() {
        return Countries.all();
    }

    @GetMapping
    String show(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        CompanySummary company = companies.companyOfMember(user.userId());
        model.addAttribute("form", CompanyProfileForm.of(company));
        model.addAttribute("colleague", ColleagueForm.empty());
        return page(company, model);
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal AccountPrincipal user,
            @Valid @ModelAttribute("form") CompanyProfileForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("colleague", ColleagueForm.empty());
            return page(companies.companyOfMember(user.userId()), model);
        }
        companies.updateProfile(user.userId(), form);
        redirect.addFlashAttribute("flash", "company.profile.saved");
        return "redirect:/employer/company";
    }

    @PostMapping("/colleagues")
    String addColleague(
            @AuthenticationPrincipal AccountPrincipal user,
            @Valid @ModelAttribute("colleague") ColleagueForm colleague,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                ColleagueAdded added = companies.addColleague(user.userId(), colleague.email());
                if (added == ColleagueAdded.JOINED) {
                    redirect.addFlashAttribute("flash", "company.profile.colleagues.joined");
                } else {
                    redirect.addFlashAttribute("flash", "company.profile.colleagues.invited");
                }
                return "redirect:/employer/company";
            } catch (ColleagueRefusedException refused) {
                switch (refused.reason()) {
                    case ALREADY_MEMBER -> errors.rejectValue("email", "company.profile.colleagues.alreadyMember");
                    case OTHER_COMPANY -> errors.rejectValue("email", "company.profile.colleagues.otherCompany");
                    case NOT_EMPLOYER -> errors.rejectValue("email", "company.profile.colleagues.notEmployer");
                }
            }
        }
        CompanySummary company = companies.companyOfMember(user.userId());
        model.addAttribute("form", CompanyProfileForm.of(company));
        return page(company, model);
    }

    private String page(CompanySummary company, Model model) {
        model.addAttribute("company", company);
        model.addAttribute("members", companies.members(company.id()));
        model.addAttribute("invitations", companies.pendingInvitations(company.id()));
        return PAGE;
    }
}
