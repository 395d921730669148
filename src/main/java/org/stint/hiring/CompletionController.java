package org.stint.hiring;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;
import org.stint.shared.Confirmation;

/** The employer marks an application's work complete (with a confirm step) and records the payment. */
@Controller
class CompletionController {

    private final HiringService hiring;

    private final CompletionService completions;

    private final PaymentService payments;

    private final EmployerApplicationPage page;

    CompletionController(
            HiringService hiring,
            CompletionService completions,
            PaymentService payments,
            EmployerApplicationPage page) {
        this.hiring = hiring;
        this.completions = completions;
        this.payments = payments;
        this.page = page;
    }

    @PostMapping("/employer/applications/{id}/complete")
    String complete(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("completion") CompletionForm form,
            BindingResult errors,
            @RequestParam(name = Confirmation.CONFIRMED, required = false) String confirmed,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page.render(user, id, model);
        }
        try {
            if (!Confirmation.confirmed(confirmed)) {
                EmployerApplicationView view = hiring.employerView(user.userId(), id);
                BigDecimal hours = view.approvedTimesheetHours();
                if (hours == null) {
                    if (form.hoursWorked() == null) {
                        throw new HoursOverLimitException("hiring.complete.hoursRequired", "hoursWorked");
                    }
                    hours = form.hoursWorked();
                    view.limits()
                            .requireConfirmation(
                                    null, hours, form.confirmed(), form.overReason(), "hoursWorked", "overReason");
                }
                model.addAttribute("confirmation", completionConfirmation(id, view, form, hours));
                return Confirmation.VIEW;
            }
            completions.complete(user.userId(), id, form.hoursWorked(), form.confirmed(), form.overReason());
        } catch (HoursOverLimitException over) {
            errors.rejectValue(over.field(), over.messageKey(), over.args(), null);
            return page.render(user, id, model);
        } catch (HiringRefusedException refused) {
            return EmployerApplicationPage.refused(id, redirect, refused);
        }
        redirect.addFlashAttribute("flash", "hiring.complete.done");
        return "redirect:/employer/applications/" + id;
    }

    @PostMapping("/employer/applications/{id}/payment")
    String pay(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("payment") PaymentForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page.render(user, id, model);
        }
        try {
            payments.recordPayment(user.userId(), id, form);
        } catch (PaymentMismatchException mismatch) {
            String field = mismatch.messageKey().endsWith("currency") ? "currency" : "note";
            errors.rejectValue(
                    field, mismatch.messageKey(), new Object[] {mismatch.owed().formatted()}, null);
            return page.render(user, id, model);
        } catch (HiringRefusedException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            return "redirect:/employer/applications/" + id;
        }
        redirect.addFlashAttribute("flash", "hiring.payment.done");
        return "redirect:/employer/applications/" + id;
    }

    /** The confirm step of "Mark complete": the hours that will count, and the first submit's fields. */
    private static Confirmation completionConfirmation(
            long id, EmployerApplicationView view, CompletionForm form, BigDecimal hours) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        if (form.hoursWorked() != null) {
            fields.put("hoursWorked", HourLimits.text(form.hoursWorked()));
        }
        if (form.confirmed()) {
            fields.put("confirmOver", "true");
            fields.put("overReason", form.overReason());
        }
        return new Confirmation(
                "hiring.complete.confirm.title",
                "hiring.complete.confirm",
                new Object[] {view.studentName(), view.postingTitle(), HourLimits.text(hours)},
                "/employer/applications/" + id + "/complete",
                "hiring.complete.confirm.yes",
                "/employer/applications/" + id,
                fields);
    }
}
