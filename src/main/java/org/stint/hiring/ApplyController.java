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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;
import org.stint.account.EmailNotVerifiedException;
import org.stint.account.EmailVerification;
import org.stint.posting.PostingForHiring;
import org.stint.posting.PostingsForHiring;

/** A student applies to a posting with a cover note (their profile's CV, if any, goes with it). */
@Controller
@RequestMapping("/postings/{postingId}/apply")
class ApplyController {

    private static final String FORM = "hiring/apply";

    private final HiringService hiring;

    private final PostingsForHiring postings;

    private final EmailVerification verification;

    ApplyController(HiringService hiring, PostingsForHiring postings, EmailVerification verification) {
        this.hiring = hiring;
        this.postings = postings;
        this.verification = verification;
    }

    @GetMapping
    String form(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long postingId,
            Model model,
            RedirectAttributes redirect) {
        // an unverified student cannot have applied, and reads why they cannot apply yet instead
        boolean verified = verification.isVerified(user);
        var start = verified ? hiring.applyStart(user.userId(), postingId) : null;
        if (start != null && start.existing().isPresent()) {
            redirect.addFlashAttribute("flash", "hiring.apply.already");
            return "redirect:/applications/" + start.existing().get();
        }
        PostingForHiring posting = visiblePosting(postingId, user.userId());
        if (!posting.acceptingApplications()) {
            redirect.addFlashAttribute("flashError", "hiring.apply.closed");
            return "redirect:/postings/" + postingId;
        }
        model.addAttribute("posting", posting);
        if (start != null) {
            model.addAttribute("hasCv", start.hasCv());
        }
        model.addAttribute("form", new ApplyForm(""));
        // an unverified student reads why they cannot send it yet, and can ask for the link again
        model.addAttribute("unverified", !verified);
        return FORM;
    }

    @PostMapping
    String apply(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long postingId,
            @Valid @ModelAttribute("form") ApplyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("posting", visiblePosting(postingId, user.userId()));
            model.addAttribute(
                    "hasCv", hiring.applyStart(user.userId(), postingId).hasCv());
            return FORM;
        }
        try {
            HiringService.Applied applied =
                    hiring.apply(user.userId(), user.displayName(), postingId, form.coverNote());
            redirect.addFlashAttribute("flash", applied.created() ? "hiring.apply.done" : "hiring.apply.already");
            return "redirect:/applications/" + applied.applicationId();
        } catch (HiringRefusedException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            return "redirect:/postings/" + postingId;
        } catch (EmailNotVerifiedException unverified) {
            // the form again, with the note as typed, the reason and the offer of a new link
            model.addAttribute("posting", visiblePosting(postingId, user.userId()));
            model.addAttribute("unverified", true);
            return FORM;
        }
    }

    private PostingForHiring visiblePosting(long postingId, long viewerUserId) {
        // drafts, hidden postings, unknown ids and non-partners of a partner-only university: "not found"
        return postings.requireVisibleTo(postingId, viewerUserId);
    }
}
