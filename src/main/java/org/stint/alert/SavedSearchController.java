package org.stint.alert;

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

@Controller
class SavedSearchController {

    private final SavedSearchService searches;

    SavedSearchController(SavedSearchService searches) {
        this.searches = searches;
    }

    @GetMapping("/saved-searches")
    String mine(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("searches", searches.mine(user.userId()));
        model.addAttribute("frequencies", Frequency.values());
        return "alert/saved-searches";
    }

    @PostMapping("/saved-searches")
    String save(
            @AuthenticationPrincipal AccountPrincipal user,
            @Valid @ModelAttribute SaveSearchForm form,
            BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", "alert.save.invalid");
            return "redirect:/postings";
        }
        try {
            searches.save(user.userId(), form);
            redirect.addFlashAttribute("flash", "alert.save.done");
        } catch (AlertRefusedException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/saved-searches";
    }

    @PostMapping("/saved-searches/{id}")
    String change(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @RequestParam Frequency frequency,
            RedirectAttributes redirect) {
        searches.change(user.userId(), id, frequency);
        redirect.addFlashAttribute("flash", "alert.change.done");
        return "redirect:/saved-searches";
    }

    @PostMapping("/saved-searches/{id}/delete")
    String delete(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
        searches.delete(user.userId(), id);
        redirect.addFlashAttribute("flash", "alert.delete.done");
        return "redirect:/saved-searches";
    }

    /** From the link in an alert e-mail: no sign-in needed, the token is the key. */
    @GetMapping("/alerts/unsubscribe/{token}")
    String confirmUnsubscribe(@PathVariable String token, Model model) {
        model.addAttribute("search", searches.byToken(token));
        return "alert/unsubscribe";
    }

    @PostMapping("/alerts/unsubscribe/{token}")
    String unsubscribe(@PathVariable String token, Model model) {
        searches.unsubscribe(token);
        model.addAttribute("search", searches.byToken(token));
        model.addAttribute("done", true);
        return "alert/unsubscribe";
    }
}
