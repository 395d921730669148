package org.stint.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.DateTimeException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account settings: whether the e-mail address is verified, the time zone, and changing the password. */
@Controller
class AccountSettingsController {

    private static final String PAGE = "account/settings";

    private final PasswordService passwords;

    private final EmailVerification verification;

    private final TimeZones timeZones;

    private final SessionSignIn sessions;

    AccountSettingsController(
            PasswordService passwords, EmailVerification verification, TimeZones timeZones, SessionSignIn sessions) {
        this.passwords = passwords;
        this.verification = verification;
        this.timeZones = timeZones;
        this.sessions = sessions;
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

    /**
     * Keeps the chosen time zone (blank: the university's) and reads the principal again, so that
     * the next page already shows times in it.
     */
    @PostMapping("/account/time-zone")
    String chooseTimeZone(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam(name = "timeZone", defaultValue = "") String timeZone,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            timeZones.choose(user.userId(), timeZone);
        } catch (DateTimeException unknown) {
            model.addAttribute("form", PasswordForms.Change.empty());
            model.addAttribute("timeZoneError", "account.settings.timeZone.unknown");
            return page(user, model);
        }
        sessions.refresh(user, request, response);
        redirect.addFlashAttribute("flash", "account.settings.timeZone.saved");
        return "redirect:/account";
    }

    private String page(AccountPrincipal user, Model model) {
        model.addAttribute("email", user.getUsername());
        model.addAttribute("verified", verification.isVerified(user));
        model.addAttribute("timeZone", timeZones.setting(user.userId()));
        model.addAttribute("timeZoneChoices", TimeZones.CHOICES);
        return PAGE;
    }
}
