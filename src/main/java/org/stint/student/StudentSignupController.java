package org.stint.student;

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

@Controller
@RequestMapping("/signup/student")
class StudentSignupController {

    private static final String FORM = "student/signup";

    private final StudentService students;

    StudentSignupController(StudentService students) {
        this.students = students;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", StudentSignupForm.empty());
        return FORM;
    }

    @PostMapping
    String signUp(
            @Valid @ModelAttribute("form") StudentSignupForm form, BindingResult errors, RedirectAttributes redirect) {
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
        redirect.addFlashAttribute("flash", "account.signup.done");
        return "redirect:/login";
    }
}
