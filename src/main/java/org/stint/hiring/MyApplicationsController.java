package org.stint.hiring;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;
import org.stint.shared.Confirmation;
import org.stint.university.RecommendationService;

/** The student's side: their applications, each with its timeline, withdraw (and its undo), rating and pay. */
@Controller
class MyApplicationsController {

    private static final String DETAIL = "hiring/my-application";

    private final HiringService hiring;

    private final WithdrawalService withdrawals;

    private final PaymentDisputeService disputes;

    private final RecommendationService recommendations;

    private final Clock clock;

    MyApplicationsController(
            HiringService hiring,
            WithdrawalService withdrawals,
            PaymentDisputeService disputes,
            RecommendationService recommendations,
            Clock clock) {
        this.hiring = hiring;
        this.withdrawals = withdrawals;
        this.disputes = disputes;
        this.recommendations = recommendations;
        this.clock = clock;
    }

    /** The student's landing page. */
    @GetMapping("/applications")
    String mine(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("applications", hiring.applicationsOf(user.userId()));
        // what the student's career office recommends
        model.addAttribute("recommendations", recommendations.forStudent(user.userId()));
        return "hiring/my-applications";
    }

    @GetMapping("/applications/{id}")
    String show(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model) {
        return detail(user, id, model);
    }

    /**
     * Withdrawing asks first (it tells the company and can be undone only for a few minutes);
     * the confirmed second submit withdraws.
     */
    @PostMapping("/applications/{id}/withdraw")
    String withdraw(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam(name = Confirmation.CONFIRMED, required = false) String confirmed,
            Model model,
            RedirectAttributes redirect) {
        if (Confirmation.confirmed(confirmed)) {
            return step(id, redirect, "hiring.withdraw.done", () -> withdrawals.withdraw(user.userId(), id));
        }
        StudentApplicationView app = hiring.studentView(user.userId(), id);
        model.addAttribute(
                "confirmation",
                new Confirmation(
                        "hiring.withdraw.confirm.title",
                        "hiring.withdraw.confirm",
                        new Object[] {
                            app.postingTitle(), app.companyName(), StudentApplicationView.UNDO_WINDOW.toMinutes()
                        },
                        "/applications/" + id + "/withdraw",
                        "hiring.withdraw.confirm.yes",
                        "/applications/" + id,
                        Map.of()));
        return Confirmation.VIEW;
    }

    /** Takes a withdrawal back within the few minutes allowed. */
    @PostMapping("/applications/{id}/withdraw/undo")
    String undoWithdraw(
            @AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "hiring.undo.done", () -> withdrawals.undoWithdraw(user.userId(), id));
    }

    @PostMapping("/applications/{id}/rating")
    String rate(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("rating") RatingForm rating,
            BindingResult errors,
            Model model) {
        if (errors.hasErrors()) {
            return detail(user, id, model);
        }
        try {
            hiring.rateEmployer(user.userId(), id, rating.rating(), rating.comment());
        } catch (HiringRefusedException refused) {
            errors.reject(refused.messageKey());
            return detail(user, id, model);
        }
        return "redirect:/applications/" + id + "?rated";
    }

    /** The student disputes the pay of their completed work; the company and their career office see it. */
    @PostMapping("/applications/{id}/dispute")
    String dispute(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("dispute") DisputeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return detail(user, id, model);
        }
        return step(
                id,
                redirect,
                "hiring.dispute.done",
                () -> disputes.raiseDispute(user.userId(), user.displayName(), id, form.reason()));
    }

    /** Runs a step of the student's and goes back to the application's page with its message, or the refusal's. */
    private static String step(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (HiringRefusedException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/applications/" + id;
    }

    private String detail(AccountPrincipal user, long id, Model model) {
        StudentApplicationView app = hiring.studentView(user.userId(), id);
        Instant now = Instant.now(clock);
        model.addAttribute("app", app);
        model.addAttribute("canUndoWithdraw", app.canUndoWithdraw(now));
        if (!model.containsAttribute("rating")) {
            model.addAttribute("rating", new RatingForm(null, null));
        }
        if (!model.containsAttribute("dispute")) {
            model.addAttribute("dispute", new DisputeForm(null));
        }
        return DETAIL;
    }
}
