package org.stint.posting.moderation;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;

/** Students and career-office staff flag a posting to the administrators (a report of abuse). */
@Controller
class PostingFlagController {

    private final PostingModeration moderation;

    PostingFlagController(PostingModeration moderation) {
        this.moderation = moderation;
    }

    @PostMapping("/postings/{id}/report")
    String flag(
            @PathVariable long id,
            @Valid @ModelAttribute("reportForm") PostingFlagForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal user,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", "posting.report.invalid");
            return "redirect:/postings/" + id + "#report";
        }
        moderation.flag(id, user.userId(), form.reason());
        redirect.addFlashAttribute("flash", "posting.report.done");
        return "redirect:/postings/" + id;
    }
}
