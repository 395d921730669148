package org.stint.account;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account settings: whether the e-mail address is verified, and changing the password. */
@Controller
class AccountSettingsController {

    private static final String PAGE = "account/settings";

    private final PasswordService passwords;

    private final EmailVerification verification;

    AccountSettingsController(PasswordService passwords, EmailVerification verification) {
        this.passwords = passwords;
        this.verification = verification;
    }

    @InitBinder("form")
    void validator(WebDataBinder binder) {
        binder.addValidators(new PasswordForms.ChoosesPasswordValidator());
    }

    @GetMapping("/account")
    String settings(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("form", PasswordForms.Change.empty());
        return page(user, model);
    }

    @PostMapping("/account/password")
    String changePassword(
            @AuthenticationPrincipal AccountPrincipal user,
            @Valid @ModelAttribute("form") PasswordForms.Change form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return page(user, model);
        }
        try {
            passwords.change(user.userId(), form.currentPassword(), form.newPassword());
        } catch (WrongPasswordException wrong) {
            errors.rejectValue("currentPassword", "account.password.currentPassword.wrong");
            return page(user, model);
        }
        redirect.addFlashAttribute("flash", "account.password.changed");
        return "redirect:/account";
    }

    private String page(AccountPrincipal user, Model model) {
        model.addAttribute("email", user.getUsername());
        model.addAttribute("verified", verification.isVerified(user));
        return PAGE;
    }
}
