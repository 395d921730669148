package org.stint.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a sign-up form answers, the same for students and employers: the form again while it has
 * errors, or when its e-mail address already has an account; otherwise the new account is signed
 * in straight away (the person just chose the password) and lands on its first page with a
 * message. Each sign-up controller keeps its own form and the module that creates the account.
 */
@Component
public class SignUpFlow {

    private final SessionSignIn sessions;

    SignUpFlow(SessionSignIn sessions) {
        this.sessions = sessions;
    }

    /**
     * @param landing where the new account lands (a path)
     * @param form the form's view, shown again on an error
     * @param email the address the new account signs in with
     * @param create creates the account and answers the key of the message it lands with; or puts
     *     an error of its own module on the form and answers null
     */
    public String signUp(
            String landing,
            String form,
            String email,
            BindingResult errors,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response,
            Supplier<String> create) {
        if (errors.hasErrors()) {
            return form;
        }
        String done;
        try {
            done = create.get();
        } catch (EmailAlreadyUsedException taken) {
            errors.rejectValue("email", "account.signup.email.taken");
            return form;
        }
        if (done == null) {
            return form;
        }
        sessions.signInNewAccount(email, request, response);
        redirect.addFlashAttribute("flash", done);
        return "redirect:" + landing;
    }
}
