package org.stint.university;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;
import org.stint.shared.Confirmation;
import org.stint.university.CareerOfficeForms.DecisionForm;
import org.stint.university.PartnershipViews.Detail;

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

    /**
     * Approving changes what the university's students are shown at once: the first submit says
     * so and asks; the confirmed second submit approves.
     */
    @PostMapping("/{id}/approve")
    String approve(
            @PathVariable long id,
            @RequestParam(name = Confirmation.CONFIRMED, required = false) String confirmed,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        if (!Confirmation.confirmed(confirmed)) {
            Detail partnership = partnerships.detail(user.userId(), id);
            model.addAttribute(
                    "confirmation",
                    new Confirmation(
                            "university.partnership.confirm.title",
                            "university.partnership.confirm",
                            new Object[] {partnership.evidence().companyName()},
                            "/university/partnerships/" + id + "/approve",
                            "university.partnership.confirm.yes",
                            "/university/partnerships/" + id,
                            Map.of()));
            return Confirmation.VIEW;
        }
        return decided(id, redirect, "university.partnership.approved", () -> partnerships.approve(user.userId(), id));
    }

    /**
     * Declining a request and revoking a partnership: each needs a reason, which the company is
     * shown. The address says which of the two it is.
     */
    @PostMapping({"/{id}/decline", "/{id}/revoke"})
    String decideWithReason(
            @PathVariable long id,
            @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request) {
        if (errors.hasErrors()) {
            return detail(id, user, model);
        }
        // the address pattern that matched: ".../{id}/decline" or ".../{id}/revoke"
        String route = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (route.endsWith("/revoke")) {
            return decided(
                    id,
                    redirect,
                    "university.partnership.revoked",
                    () -> partnerships.revoke(user.userId(), id, form.reason()));
        }
        return decided(
                id,
                redirect,
                "university.partnership.declined",
                () -> partnerships.decline(user.userId(), id, form.reason()));
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
