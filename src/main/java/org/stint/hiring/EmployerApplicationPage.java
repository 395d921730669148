package org.stint.hiring;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;

/**
 * The employer's page of one application, shared by its forms: shown with its empty forms (or the
 * ones just submitted, with their errors), and the redirect back to it after a step or a refusal.
 */
@Component
class EmployerApplicationPage {

    private static final String DETAIL = "hiring/employer-application";

    private final HiringService hiring;

    private final ApplicationNotes notes;

    EmployerApplicationPage(HiringService hiring, ApplicationNotes notes) {
        this.hiring = hiring;
        this.notes = notes;
    }

    /** The page, keeping any form already in the model. */
    String render(AccountPrincipal user, long id, Model model) {
        EmployerApplicationView view = hiring.employerView(user.userId(), id);
        model.addAttribute("app", view);
        model.addAttribute("notes", notes.of(user.userId(), id));
        addEmptyForms(model, view);
        return DETAIL;
    }

    static void addEmptyForms(Model model, EmployerApplicationView view) {
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

    /**
     * A form posted to the page, as Spring MVC hands it to the controller: who posted it, for which
     * application, the form's binding result, the model to show the page again with, and the
     * attributes of the redirect back to it.
     */
    record FormPost(AccountPrincipal user, long id, BindingResult errors, Model model, RedirectAttributes redirect) {}

    /** A form's step: with field errors the page again, showing them; otherwise {@link #step}. */
    String submit(FormPost post, String done, Runnable action) {
        if (post.errors().hasErrors()) {
            return render(post.user(), post.id(), post.model());
        }
        return step(post.id(), post.redirect(), done, action);
    }

    /** Runs a step of the workflow and goes back to the page with its message, or the refusal's. */
    static String step(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
        } catch (HiringRefusedException refused) {
            return refused(id, redirect, refused);
        }
        redirect.addFlashAttribute("flash", done);
        return "redirect:/employer/applications/" + id;
    }

    static String refused(long id, RedirectAttributes redirect, HiringRefusedException refused) {
        if (refused.args().length == 0) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        } else {
            redirect.addFlashAttribute("refusal", Refusal.of(refused));
        }
        return "redirect:/employer/applications/" + id;
    }
}
