package org.stint.university;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;
import org.stint.university.CareerOfficeForms.DecisionForm;

/** Career-office staff vet companies: requests with evidence, decisions, history. */
@Controller
@RequestMapping("/university/partnerships")
class PartnershipController {

    private static final String DETAIL = "university/partnership";

    private final PartnershipService partnerships;

    PartnershipController(PartnershipService partnerships) {
        this.partnerships = partnerships;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("partnerships", partnerships.forStaff(user.userId()));
        return "university/partnerships";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("decisionForm", DecisionForm.empty());
        return detail(id, user, model);
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
        try {
            partnerships.approve(user.userId(), id);
            redirect.addFlashAttribute("flash", "university.partnership.approved");
        } catch (PartnershipStateException conflict) {
            redirect.addFlashAttribute("flashError", conflict.messageKey());
        }
        return "redirect:/university/partnerships/" + id;
    }

    @PostMapping("/{id}/decline")
    String decline(
            @PathVariable long id,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(id, user, model);
        }
        try {
            partnerships.decline(user.userId(), id, form.reason());
            redirect.addFlashAttribute("flash", "university.partnership.declined");
        } catch (PartnershipStateException conflict) {
            redirect.addFlashAttribute("flashError", conflict.messageKey());
        }
        return "redirect:/university/partnerships/" + id;
    }

    @PostMapping("/{id}/revoke")
    String revoke(
            @PathVariable long id,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(id, user, model);
        }
        try {
            partnerships.revoke(user.userId(), id, form.reason());
            redirect.addFlashAttribute("flash", "university.partnership.revoked");
        } catch (PartnershipStateException conflict) {
            redirect.addFlashAttribute("flashError", conflict.messageKey());
        }
        return "redirect:/university/partnerships/" + id;
    }

    private String detail(long id, AccountPrincipal user, Model model) {
        model.addAttribute("partnership", partnerships.detail(user.userId(), id));
        return DETAIL;
    }
}
