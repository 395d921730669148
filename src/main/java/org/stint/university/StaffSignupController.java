package org.stint.university;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.EmailAlreadyUsedException;
import org.stint.account.SessionSignIn;
import org.stint.university.CareerOfficeForms.StaffSignupForm;

/** The invitation link: an invited colleague opens their career-office account. */
@Controller
@RequestMapping("/signup/staff/{token}")
class StaffSignupController {

    private static final String FORM = "university/join";

    private final StaffInvitations invitations;

    private final SessionSignIn sessions;

    StaffSignupController(StaffInvitations invitations, SessionSignIn sessions) {
        this.invitations = invitations;
        this.sessions = sessions;
    }

    @GetMapping
    String form(@PathVariable String token, Model model) {
        model.addAttribute("form", StaffSignupForm.empty());
        return page(token, model);
    }

    @PostMapping
    String join(
            @PathVariable String token,
            @Valid @ModelAttribute("form") StaffSignupForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            return page(token, model);
        }
        String email;
        try {
            email = invitations.accept(token, form.name().strip(), form.password());
        } catch (InvitationException | EmailAlreadyUsedException used) {
            throw new InvitationNotFoundException();
        }
        // The invitation proved the address: the new colleague is signed in and lands on the overview.
        sessions.signInNewAccount(email, request, response);
        redirect.addFlashAttribute("flash", "account.signup.doneStaff");
        return "redirect:/university";
    }

    private String page(String token, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("invitation", invitations.pending(token).orElseThrow(InvitationNotFoundException::new));
        return FORM;
    }
}
