package org.stint.hiring;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;

/**
 * The career office's view of pay disputes raised by its own students (another university's
 * dispute is "not found"), where it notes an outcome. It lives in hiring, which owns disputes;
 * the university module does not depend on hiring.
 */
@Controller
class StaffDisputesController {

    private static final String DETAIL = "hiring/staff-dispute";

    private final PaymentDisputeService disputes;

    StaffDisputesController(PaymentDisputeService disputes) {
        this.disputes = disputes;
    }

    @GetMapping("/university/disputes")
    String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("disputes", disputes.disputesForStaff(user.userId()));
        return "hiring/staff-disputes";
    }

    @GetMapping("/university/disputes/{id}")
    String show(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model) {
        return detail(user, id, model);
    }

    @PostMapping("/university/disputes/{id}/outcome")
    String decide(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("outcome") DisputeOutcomeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(user, id, model);
        }
        disputes.decideDispute(user.userId(), id, form.outcome(), form.note());
        redirect.addFlashAttribute("flash", "hiring.dispute.outcome.done");
        return "redirect:/university/disputes/" + id;
    }

    private String detail(AccountPrincipal user, long id, Model model) {
        StaffDispute dispute = disputes.disputeForStaff(user.userId(), id);
        model.addAttribute("item", dispute);
        model.addAttribute("outcomes", DisputeOutcome.values());
        if (!model.containsAttribute("outcome")) {
            model.addAttribute(
                    "outcome",
                    new DisputeOutcomeForm(
                            dispute.dispute().outcome(), dispute.dispute().outcomeNote()));
        }
        return DETAIL;
    }
}
