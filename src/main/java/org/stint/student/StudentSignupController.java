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
import org.stint.account.SignUpFlow;

@Controller
@RequestMapping("/signup/student")
class StudentSignupController {

    private static final String FORM = "student/signup";

    private final StudentService students;

    private final SignUpFlow signUps;

    StudentSignupController(StudentService students, SignUpFlow signUps) {
        this.students = students;
        this.signUps = signUps;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", StudentSignupForm.empty());
        return FORM;
    }

    /** The new student is signed in straight away and lands on their own page. */
    @PostMapping
    String signUp(
            @Valid @ModelAttribute("form") StudentSignupForm form,
            BindingResult errors,
            RedirectAttributes redirect,
            HttpServletRequest request,
            HttpServletResponse response) {
        return signUps.signUp("/applications", FORM, form.email(), errors, redirect, request, response, () -> {
            try {
                students.signUp(form);
                return "account.signup.doneStudent";
            } catch (UnknownUniversityException unknown) {
                errors.rejectValue("email", "student.signup.email.unknownUniversity");
                return null;
            }
        });
    }
}
