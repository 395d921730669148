package org.stint.hiring;

import jakarta.validation.Valid;
import java.math.BigDecimal;
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

/** The employer's side: a posting's applicants, and each application's review and decisions. */
@Controller
class ApplicantsController {

    private static final String DETAIL = "hiring/employer-application";

    private final HiringService hiring;

    private final CompletionService completions;

    private final PaymentService payments;

    private final ApplicationNotes notes;

    ApplicantsController(
            HiringService hiring, CompletionService completions, PaymentService payments, ApplicationNotes notes) {
        this.hiring = hiring;
        this.completions = completions;
        this.payments = payments;
        this.notes = notes;
    }

    @GetMapping("/employer/postings/{postingId}/applicants")
    String applicants(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long postingId,
            @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) String sort,
            Model model) {
        ApplicantList list = hiring.applicants(user.userId(), postingId, status, ApplicantSort.of(sort));
        model.addAttribute("list", list);
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("sorts", ApplicantSort.values());
        return "hiring/applicants";
    }

    @GetMapping("/employer/applications/{id}")
    String show(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model) {
        EmployerApplicationView view = hiring.employerView(user.userId(), id);
        model.addAttribute("app", view);
        model.addAttribute("notes", notes.of(user.userId(), id));
        addEmptyForms(model, view);
        return DETAIL;
    }

    /** A private note on the application, for the company's members only. */
    @PostMapping("/employer/applications/{id}/notes")
    String addNote(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("note") ApplicationNoteForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return redisplay(user, id, model);
        }
        if (!notes.add(user.userId(), id, form.body().strip())) {
            throw new ApplicationNotFoundException(id);
        }
        redirect.addFlashAttribute("flash", "hiring.notes.added");
        return "redirect:/employer/applications/" + id + "#notes";
    }

    /** The applicant's CV, for members of the company applied to only. */
    @GetMapping("/employer/applications/{id}/cv")
    org.springframework.http.ResponseEntity<byte[]> cv(
            @AuthenticationPrincipal AccountPrincipal user, @PathVariable long id) {
        return hiring.cvForEmployer(user.userId(), id)
                .orElseThrow(() -> new ApplicationNotFoundException(id))
                .asAttachment();
    }

    @PostMapping("/employer/applications/{id}/shortlist")
    String shortlist(
            @AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "hiring.shortlist.done", () -> hiring.shortlist(user.userId(), id));
    }

    @PostMapping("/employer/applications/{id}/reject")
    String reject(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("reject") RejectForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return redisplay(user, id, model);
        }
        return step(id, redirect, "hiring.reject.done", () -> hiring.reject(user.userId(), id, form.message()));
    }

    /**
     * Hiring is not undone: the first submit shows what it will do (and refuses at once a hire
     * above the student's weekly hour cap); only the confirmed second submit hires.
     */
    @PostMapping("/employer/applications/{id}/hire")
    String hire(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam(name = Confirmation.CONFIRMED, required = false) String confirmed,
            Model model,
            RedirectAttributes redirect) {
        if (!Confirmation.confirmed(confirmed)) {
            EmployerApplicationView view = hiring.employerView(user.userId(), id);
            if (view.status().canMoveTo(ApplicationStatus.HIRED) && view.overCap()) {
                HourCap cap = view.hours();
                redirect.addFlashAttribute("refusal", new Refusal("hiring.hire.overCap", new Object[] {
                    view.postingHoursPerWeek(), cap.committed(), cap.cap(), cap.free()
                }));
                return "redirect:/employer/applications/" + id;
            }
            model.addAttribute(
                    "confirmation",
                    new Confirmation(
                            "hiring.hire.confirm.title",
                            view.hours().hasCap() ? "hiring.hire.confirm.withCap" : "hiring.hire.confirm",
                            new Object[] {
                                view.studentName(),
                                view.postingTitle(),
                                view.postingHoursPerWeek(),
                                view.hours().free(),
                                view.hours().cap()
                            },
                            "/employer/applications/" + id + "/hire",
                            "hiring.hire.confirm.yes",
                            "/employer/applications/" + id,
                            Map.of()));
            return Confirmation.VIEW;
        }
        return step(id, redirect, "hiring.hire.done", () -> hiring.hire(user.userId(), id));
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
            return redisplay(user, id, model);
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
            return redisplay(user, id, model);
        } catch (HiringRefusedException refused) {
            return refused(id, redirect, refused);
        }
        redirect.addFlashAttribute("flash", "hiring.complete.done");
        return "redirect:/employer/applications/" + id;
    }

    @PostMapping("/employer/applications/{id}/rating")
    String rate(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("rating") RatingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return redisplay(user, id, model);
        }
        return step(
                id,
                redirect,
                "hiring.rating.done",
                () -> hiring.rateStudent(user.userId(), id, form.rating(), form.comment()));
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
            return redisplay(user, id, model);
        }
        try {
            payments.recordPayment(user.userId(), id, form);
        } catch (PaymentMismatchException mismatch) {
            String field = mismatch.messageKey().endsWith("currency") ? "currency" : "note";
            errors.rejectValue(
                    field, mismatch.messageKey(), new Object[] {mismatch.owed().formatted()}, null);
            return redisplay(user, id, model);
        } catch (HiringRefusedException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            return "redirect:/employer/applications/" + id;
        }
        redirect.addFlashAttribute("flash", "hiring.payment.done");
        return "redirect:/employer/applications/" + id;
    }

    private String redisplay(AccountPrincipal user, long id, Model model) {
        EmployerApplicationView view = hiring.employerView(user.userId(), id);
        model.addAttribute("app", view);
        model.addAttribute("notes", notes.of(user.userId(), id));
        addEmptyForms(model, view);
        return DETAIL;
    }

    private static void addEmptyForms(Model model, EmployerApplicationView view) {
        if (!model.containsAttribute("note")) {
            model.addAttribute("note", new ApplicationNoteForm(null));
        }
        if (!model.containsAttribute("reject")) {
            model.addAttribute("reject", new RejectForm(null));
        }
        if (!model.containsAttribute("completion")) {
            model.addAttribute("completion", new CompletionForm(null, null, null));
        }
        if (!model.containsAttribute("rating")) {
            model.addAttribute(
                    "rating",
                    new RatingForm(
                            view.studentRating() == null
                                    ? null
                                    : view.studentRating().intValue(),
                            view.studentFeedback()));
        }
        model.addAttribute("currencies", PaymentForm.CURRENCIES);
        if (!model.containsAttribute("payment")) {
            model.addAttribute(
                    "payment",
                    new PaymentForm(
                            view.pay().outstanding().amount(),
                            view.pay().owed().currency().getCurrencyCode(),
                            java.time.LocalDate.now(),
                            null,
                            null));
        }
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

    private static String step(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
        } catch (HiringRefusedException refused) {
            return refused(id, redirect, refused);
        }
        redirect.addFlashAttribute("flash", done);
        return "redirect:/employer/applications/" + id;
    }

    private static String refused(long id, RedirectAttributes redirect, HiringRefusedException refused) {
        if (refused.args().length == 0) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        } else {
            redirect.addFlashAttribute("refusal", Refusal.of(refused));
        }
        return "redirect:/employer/applications/" + id;
    }
}
