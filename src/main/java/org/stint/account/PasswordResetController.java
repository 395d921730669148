package org.stint.account;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgot password?": ask for a link by e-mail, then choose a new password through it. The answer
 * to asking is the same page and message whether or not the address has an account.
 */
@Controller
@RequestMapping("/password-reset")
class PasswordResetController {

    private static final String REQUEST = "account/password-reset";

    private static final String CHOOSE = "account/password-new";

    private final PasswordService passwords;

    PasswordResetController(PasswordService passwords) {
        this.passwords = passwords;
    }

    @InitBinder("form")
    void validator(WebDataBinder binder) {
        binder.addValidators(new PasswordForms.ChoosesPasswordValidator());
    }

    @GetMapping
    String requestForm(Model model) {
        model.addAttribute("form", PasswordForms.ResetRequest.empty());
        return REQUEST;
    }

    @PostMapping
    String request(
            @Valid @ModelAttribute("form") PasswordForms.ResetRequest form,
            BindingResult errors,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return REQUEST;
        }
        passwords.requestReset(form.email());
        redirect.addFlashAttribute("flash", "account.reset.sent");
        return "redirect:/password-reset";
    }

    @GetMapping("/new")
    String chooseForm(@RequestParam(defaultValue = "") String token, Model model) {
        if (!passwords.resetLinkUsable(token)) {
            return unusable(model);
        }
        model.addAttribute("form", PasswordForms.NewPassword.forToken(token));
        return CHOOSE;
    }

    @PostMapping("/new")
    String choose(
            @Valid @ModelAttribute("form") PasswordForms.NewPassword form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return passwords.resetLinkUsable(form.token()) ? CHOOSE : unusable(model);
        }
        if (!passwords.reset(form.token(), form.newPassword())) {
            return unusable(model);
        }
        redirect.addFlashAttribute("flash", "account.reset.done");
        return "redirect:/login";
    }

    private static String unusable(Model model) {
        model.addAttribute("unusable", true);
        return CHOOSE;
    }
}
