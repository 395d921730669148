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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;

/** The employer's side: a posting's applicants, and each application's review and decisions. */
@Controller
class ApplicantsController {

    private static final String DETAIL = "hiring/employer-application";

    private final HiringService hiring;

    private final ApplicationNotes notes;

    ApplicantsController(HiringService hiring, ApplicationNotes notes) {
        this.hiring = hiring;
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

    @PostMapping("/employer/applications/{id}/hire")
    String hire(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
        return step(id, redirect, "hiring.hire.done", () -> hiring.hire(user.userId(), id));
    }

    @PostMapping("/employer/applications/{id}/complete")
    String complete(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("completion") CompletionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return redisplay(user, id, model);
        }
        return step(id, redirect, "hiring.complete.done", () -> hiring.complete(user.userId(), id, form.hoursWorked()));
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
            hiring.recordPayment(user.userId(), id, form);
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
            model.addAttribute("completion", new CompletionForm(null));
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
        if (!model.containsAttribute("payment")) {
            model.addAttribute(
                    "payment",
                    new PaymentForm(
                            view.owed().amount(),
                            view.owed().currency().getCurrencyCode(),
                            java.time.LocalDate.now(),
                            null,
                            null));
        }
    }

    private static String step(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (HiringRefusedException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/employer/applications/" + id;
    }
}
