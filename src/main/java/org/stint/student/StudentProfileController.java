package org.stint.student;

import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;

/** The student's own profile and CV; the student comes from the session, never from the request. */
@Controller
@RequestMapping("/profile")
class StudentProfileController {

    static final String CV_ERROR = "cvError";

    private static final String PAGE = "student/profile";

    private final StudentService students;

    StudentProfileController(StudentService students) {
        this.students = students;
    }

    @InitBinder("form")
    void validators(WebDataBinder binder) {
        binder.addValidators(new StudentProfileFormValidator());
    }

    @GetMapping
    String show(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("form", students.profileForm(user.userId()));
        model.addAttribute("profile", students.profileView(user.userId()));
        return PAGE;
    }

    @PostMapping
    String save(
            @AuthenticationPrincipal AccountPrincipal user,
            @Valid @ModelAttribute("form") StudentProfileForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("profile", students.profileView(user.userId()));
            return PAGE;
        }
        students.updateProfile(user.userId(), form);
        redirect.addFlashAttribute("flash", "student.profile.saved");
        return "redirect:/profile";
    }

    /**
     * Keeps a PDF as the student's CV. Files above the multipart limit never get here: {@link
     * CvUploadLimitFilter} sends them back to the profile with the same message.
     */
    @PostMapping("/cv")
    String uploadCv(
            @AuthenticationPrincipal AccountPrincipal user,
            @RequestParam(name = "cv", required = false) MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null) {
                throw new CvRejectedException(CvRejectedException.Reason.EMPTY);
            }
            CvFiles.checkSize(file.getSize());
            students.uploadCv(user.userId(), file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("flash", "student.profile.cv.saved");
        } catch (CvRejectedException rejected) {
            redirect.addFlashAttribute(CV_ERROR, messageKey(rejected.reason()));
        }
        return "redirect:/profile";
    }

    @GetMapping("/cv")
    ResponseEntity<byte[]> downloadCv(@AuthenticationPrincipal AccountPrincipal user) {
        return students.cvOf(user.userId())
                .orElseThrow(() -> new StudentNotFoundException(user.userId()))
                .asAttachment();
    }

    static String messageKey(CvRejectedException.Reason reason) {
        return switch (reason) {
            case EMPTY -> "student.profile.cv.empty";
            case NOT_PDF -> "student.profile.cv.notPdf";
            case TOO_LARGE -> "student.profile.cv.tooLarge";
        };
    }
}
