package org.stint.university;

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
import org.stint.university.CareerOfficeForms.RequestForm;

/** An employer asks universities for partnership and sees their decisions and reasons. */
@Controller
@RequestMapping("/employer/partnerships")
class EmployerPartnershipController {

    private static final String PAGE = "university/employer-partnerships";

    private final PartnershipService partnerships;

    EmployerPartnershipController(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("requestForm", RequestForm.empty());
        return page(user, model);
    }

    @PostMapping
    String request(
            @Valid @ModelAttribute("requestForm") RequestForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(user, model);
        }
        try {
            partnerships.request(user.userId(), form.universityId(), form.message());
        } catch (PartnershipStateException conflict) {
            errors.rejectValue("universityId", conflict.messageKey());
            return page(user, model);
        }
        redirect.addFlashAttribute("flash", "university.employer.requested");
        return "redirect:/employer/partnerships";
    }

    private String page(AccountPrincipal user, Model model) {
        model.addAttribute("rows", partnerships.forCompany(user.userId()));
        return PAGE;
    }
}
