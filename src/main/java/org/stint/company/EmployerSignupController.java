package org.stint.company;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.EmailAlreadyUsedException;
import org.stint.account.SessionSignIn;
import org.stint.shared.Countries;

@Controller
@RequestMapping("/signup/employer")
class EmployerSignupController {

    private static final String FORM = "company/signup";

    private final CompanyService companies;

    private final SessionSignIn sessions;

    EmployerSignupController(CompanyService companies, SessionSignIn sessions) {
        this.companies = companies;
        this.sessions = sessions;
    }

    @InitBinder("form")
    void validators(WebDataBinder binder) {
        binder.addValidators(new EmployerSignupFormValidator(companies));
    }

    @ModelAttribute("countries")
    Object countries() {
        return Countries.all();
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", EmployerSignupForm.empty());
        return FORM;
    }

    @PostMapping
    String signUp(
            @Valid @ModelAttribute("form") EmployerSignupForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            return FORM;
        }
        CompanyService.SignupResult result;
        try {
            result = companies.signUp(form);
        } catch (EmailAlreadyUsedException taken) {
            errors.rejectValue("email", "account.signup.email.taken");
            return FORM;
        }
        // The new member is signed in straight away and lands on their company's postings.
        sessions.signInNewAccount(form.email(), request, response);
        if (result.joinedByInvitation()) {
            redirect.addFlashAttribute("flash", "company.signup.joinedByInvitation");
        } else {
            redirect.addFlashAttribute("flash", "account.signup.doneEmployer");
        }
        return "redirect:/employer/postings";
    }
}
