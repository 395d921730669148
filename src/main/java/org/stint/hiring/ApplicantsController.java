package org.stint.hiring;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;
import org.stint.hiring.EmployerApplicationPage.FormPost;
import org.stint.shared.Confirmation;

/** The employer's side: a posting's applicants, and each application's review, hire and rating. */
@Controller
class ApplicantsController {

    private final HiringService hiring;

    private final ApplicationNotes notes;

    private final EmployerApplicationPage page;

    ApplicantsController(HiringService hiring, ApplicationNotes notes, EmployerApplicationPage page) {
        this.hiring = hiring;
        this.notes = notes;
        this.page = page;
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
        return page.render(user, id, model);
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
            return page.render(user, id, model);
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
        return EmployerApplicationPage.step(
                id, redirect, "hiring.shortlist.done", () -> hiring.shortlist(user.userId(), id));
    }

    @PostMapping("/employer/applications/{id}/reject")
    String reject(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("reject") RejectForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return page.submit(
                new FormPost(user, id, errors, model, redirect),
                "hiring.reject.done",
                () -> hiring.reject(user.userId(), id, form.message()));
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
        return EmployerApplicationPage.step(id, redirect, "hiring.hire.done", () -> hiring.hire(user.userId(), id));
    }

    @PostMapping("/employer/applications/{id}/rating")
    String rate(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("rating") RatingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return page.submit(
                new FormPost(user, id, errors, model, redirect),
                "hiring.rating.done",
                () -> hiring.rateStudent(user.userId(), id, form.rating(), form.comment()));
    }
}
