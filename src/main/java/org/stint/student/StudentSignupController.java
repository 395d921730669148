package org.stint.student;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.EmailAlreadyUsedException;
import org.stint.account.SessionSignIn;

@Controller
@RequestMapping("/signup/student")
class StudentSignupController {

    private static final String FORM = "student/signup";

    private final StudentService students;

    private final SessionSignIn sessions;

    StudentSignupController(StudentService students, SessionSignIn sessions) {
        this.students = students;
        this.sessions = sessions;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", StudentSignupForm.empty());
        return FORM;
    }

    @PostMapping
    String signUp(
            @Valid @ModelAttribute("form") StudentSignupForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            students.signUp(form);
        } catch (UnknownUniversityException unknown) {
            errors.rejectValue("email", "student.signup.email.unknownUniversity");
            return FORM;
        } catch (EmailAlreadyUsedException taken) {
            errors.rejectValue("email", "account.signup.email.taken");
            return FORM;
        }
        // The new student is signed in straight away and lands on their own page.
        sessions.signInNewAccount(form.email(), request, response);
        redirect.addFlashAttribute("flash", "account.signup.doneStudent");
        return "redirect:/applications";
    }
}
