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
        return decided(id, redirect, "university.partnership.approved", () -> partnerships.approve(user.userId(), id));
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
        return decided(
                id,
                redirect,
                "university.partnership.declined",
                () -> partnerships.decline(user.userId(), id, form.reason()));
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
        return decided(
                id,
                redirect,
                "university.partnership.revoked",
                () -> partnerships.revoke(user.userId(), id, form.reason()));
    }

    /** Runs a decision and says on the partnership's page how it went (it may have been taken already). */
    private static String decided(long id, RedirectAttributes redirect, String doneKey, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("flash", doneKey);
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
