package org.stint.posting.employer;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;
import org.stint.account.EmailNotVerifiedException;
import org.stint.account.EmailVerification;
import org.stint.company.CompanyService;
import org.stint.company.CompanySummary;
import org.stint.posting.Category;
import org.stint.posting.PayType;
import org.stint.posting.PostingLifecycleException;
import org.stint.posting.WorkMode;
import org.stint.shared.Countries;

/** The employer's postings: list, create, edit, publish, close, reopen. */
@Controller
@RequestMapping("/employer/postings")
class EmployerPostingsController {

    private static final String FORM = "posting/form";

    private final EmployerPostingService employerPostings;

    private final CompanyService companies;

    private final EmailVerification verification;

    EmployerPostingsController(
            EmployerPostingService employerPostings, CompanyService companies, EmailVerification verification) {
        this.employerPostings = employerPostings;
        this.companies = companies;
        this.verification = verification;
    }

    @InitBinder("form")
    void validator(WebDataBinder binder) {
        binder.addValidators(new PostingFormValidator());
    }

    /**
     * Until the member's address is verified the list and the form say that drafts can be written
     * and saved but not published, and offer a new link.
     */
    @ModelAttribute("unverified")
    boolean unverified(@AuthenticationPrincipal AccountPrincipal user) {
        return !verification.isVerified(user);
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("categories", Category.values());
        model.addAttribute("modes", WorkMode.values());
        model.addAttribute("payTypes", PayType.values());
        model.addAttribute("currencies", new String[] {"USD", "GBP", "INR", "EUR"});
        model.addAttribute("countries", Countries.all());
    }

    /** The employer's landing page: their company's postings, newest first. */
    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        CompanySummary company = companies.companyOfMember(user.userId());
        model.addAttribute("company", company);
        model.addAttribute("postings", employerPostings.companyPostings(company.id()));
        return "posting/employer-list";
    }

    @GetMapping("/new")
    String newForm(Model model) {
        model.addAttribute("form", PostingForm.blank());
        return FORM;
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal AccountPrincipal user,
            @Valid @ModelAttribute("form") PostingForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return FORM;
        }
        long id = employerPostings.create(user.userId(), form);
        redirect.addFlashAttribute("flash", "posting.form.created");
        return "redirect:/employer/postings/" + id + "/edit";
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model) {
        EmployerPostingService.Editing editing = employerPostings.forEditing(user.userId(), id);
        model.addAttribute("form", editing.form());
        model.addAttribute("postingId", id);
        model.addAttribute("status", editing.status());
        return FORM;
    }

    /** Saves the posting; a draft's "Save and publish" button ({@code publish=true}) publishes it too. */
    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("form") PostingForm form,
            BindingResult errors,
            @RequestParam(name = "publish", required = false) String publish,
            Model model,
            RedirectAttributes redirect) {
        // ownership first: another company's id is a 404
        model.addAttribute("status", employerPostings.statusOfOwned(user.userId(), id));
        model.addAttribute("postingId", id);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            employerPostings.update(user.userId(), id, form);
        } catch (PostingLifecycleException tooFew) {
            errors.rejectValue("openings", tooFew.messageKey());
            return FORM;
        }
        if ("true".equals(publish)) {
            return lifecycle(
                    redirect, "posting.lifecycle.published", () -> employerPostings.publish(user.userId(), id));
        }
        redirect.addFlashAttribute("flash", "posting.form.saved");
        return "redirect:/employer/postings";
    }

    @PostMapping("/{id}/publish")
    String publish(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
        return lifecycle(redirect, "posting.lifecycle.published", () -> employerPostings.publish(user.userId(), id));
    }

    @PostMapping("/{id}/close")
    String close(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
        return lifecycle(redirect, "posting.lifecycle.closed", () -> employerPostings.close(user.userId(), id));
    }

    @PostMapping("/{id}/reopen")
    String reopen(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
        return lifecycle(redirect, "posting.lifecycle.reopened", () -> employerPostings.reopen(user.userId(), id));
    }

    private static String lifecycle(RedirectAttributes redirect, String done, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("flash", done);
        } catch (PostingLifecycleException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        } catch (EmailNotVerifiedException unverified) {
            redirect.addFlashAttribute("flashError", "posting.lifecycle.unverified");
        }
        return "redirect:/employer/postings";
    }
}
