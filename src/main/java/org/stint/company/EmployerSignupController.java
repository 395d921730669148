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
import org.stint.account.SignUpFlow;
import org.stint.shared.Countries;

@Controller
@RequestMapping("/signup/employer")
class EmployerSignupController {

    private static final String FORM = "company/signup";

    private final CompanyService companies;

    private final SignUpFlow signUps;

    EmployerSignupController(CompanyService companies, SignUpFlow signUps) {
        this.companies = companies;
        this.signUps = signUps;
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

    /** The new member is signed in straight away and lands on their company's postings. */
    @PostMapping
    String signUp(
            @Valid @ModelAttribute("form") EmployerSignupForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        return signUps.signUp(
                "/employer/postings",
                FORM,
                form.email(),
                errors,
                redirect,
                request,
                response,
                () -> companies.signUp(form).joinedByInvitation()
                        ? "company.signup.joinedByInvitation"
                        : "account.signup.doneEmployer");
    }
}
