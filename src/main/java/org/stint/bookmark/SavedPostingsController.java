package org.stint.bookmark;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;

/**
 * A student's saved postings: the list, and the "Save" and "Saved" buttons of posting pages and
 * cards (plain form posts, so they work without JavaScript). After a button the student goes back
 * to the page they pressed it on ({@code back}, a path on this site), else to the posting.
 */
@Controller
class SavedPostingsController {

    private final SavedPostings saved;

    SavedPostingsController(SavedPostings saved) {
        this.saved = saved;
    }

    @GetMapping("/saved-postings")
    String mine(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("saved", saved.of(user.userId()));
        return "bookmark/saved-postings";
    }

    @PostMapping("/saved-postings")
    String save(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam long postingId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        saved.save(user.userId(), postingId);
        redirect.addFlashAttribute("flash", "bookmark.save.done");
        return "redirect:" + backTo(back, "/postings/" + postingId);
    }

    @PostMapping("/saved-postings/{postingId}/delete")
    String remove(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long postingId,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        saved.remove(user.userId(), postingId);
        redirect.addFlashAttribute("flash", "bookmark.remove.done");
        return "redirect:" + backTo(back, "/saved-postings");
    }

    /**
     * Where to go back to: a path on this site ("/postings?q=data"), never another host
     * ("//evil.example", "/\evil.example") and nothing with control characters; otherwise the fallback.
     */
    static String backTo(String back, String fallback) {
        if (back == null
                || back.length() > 2000
                || !back.startsWith("/")
                || back.startsWith("//")
                || back.startsWith("/\\")
                || back.chars().anyMatch(c -> c < 0x21 || c == 0x7f || c == '\\')) {
            return fallback;
        }
        return back;
    }
}
