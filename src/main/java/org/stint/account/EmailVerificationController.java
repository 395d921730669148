package org.stint.account;

import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The link in the verification e-mail, and "send me another link". Following the link needs no
 * sign-in: holding it is the proof (it may be opened on another device than the one signed in).
 */
@Controller
class EmailVerificationController {

    /** Where "send another link" may return to: a path of this site, never another host. */
    private static final Pattern LOCAL_PATH = Pattern.compile("/[A-Za-z0-9/_-]*");

    private final EmailVerification verification;

    EmailVerificationController(EmailVerification verification) {
        this.verification = verification;
    }

    @GetMapping("/account/verify-email")
    String verify(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("outcome", verification.verify(token));
        return "account/verify-email";
    }

    @PostMapping("/account/verification")
    String resend(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam(defaultValue = "/account") String from,
            RedirectAttributes redirect) {
        switch (verification.resend(user.userId())) {
            case SENT -> redirect.addFlashAttribute("flash", "account.verify.resent");
            case ALREADY_VERIFIED -> redirect.addFlashAttribute("flash", "account.verify.alreadyVerified");
            case TOO_SOON -> redirect.addFlashAttribute("flashError", "account.verify.tooSoon");
        }
        return "redirect:" + (LOCAL_PATH.matcher(from).matches() && !from.startsWith("//") ? from : "/account");
    }
}
