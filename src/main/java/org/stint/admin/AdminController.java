package org.stint.admin;

import jakarta.validation.Valid;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;
import org.stint.account.UserDirectory;
import org.stint.admin.AdminForms.HideForm;
import org.stint.admin.AdminForms.UniversityForm;
import org.stint.posting.moderation.PostingModeration;
import org.stint.shared.Confirmation;
import org.stint.shared.Countries;
import org.stint.university.InvitationException;
import org.stint.university.StaffInvitation;
import org.stint.university.UniversityAdministration;

/** Administrators' pages: universities, users and reported postings. */
@Controller
class AdminController {

    private final UniversityAdministration universities;

    private final UserDirectory users;

    private final PostingModeration moderation;

    AdminController(UniversityAdministration universities, UserDirectory users, PostingModeration moderation) {
        this.universities = universities;
        this.users = users;
        this.moderation = moderation;
    }

    @GetMapping("/admin/universities")
    String universities(Model model) {
        model.addAttribute("form", UniversityForm.empty());
        return universitiesPage(model);
    }

    @PostMapping("/admin/universities")
    String createUniversity(
            @Valid @ModelAttribute("form") UniversityForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal admin,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return universitiesPage(model);
        }
        StaffInvitation invitation;
        try {
            invitation =
                    universities.create(form.name(), form.country(), form.domains(), form.staffEmail(), admin.userId());
        } catch (InvitationException refused) {
            String field = refused.messageKey().startsWith("university.staff") ? "staffEmail" : "domains";
            if (refused.messageKey().endsWith(".name")) {
                field = "name";
            }
            errors.rejectValue(field, refused.messageKey());
            return universitiesPage(model);
        }
        redirect.addFlashAttribute("flash", "admin.universities.created");
        redirect.addFlashAttribute("invitationLink", invitation.link());
        return "redirect:/admin/universities";
    }

    private String universitiesPage(Model model) {
        model.addAttribute("universities", universities.all());
        model.addAttribute("countries", Countries.all());
        return "admin/universities";
    }

    @GetMapping("/admin/users")
    String users(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("users", users.find(q, page));
        return "admin/users";
    }

    /**
     * Disabling signs the person out everywhere: the first submit names them and asks; the
     * confirmed second submit disables.
     */
    @PostMapping("/admin/users/{id}/disable")
    String disable(
            @PathVariable long id,
            @RequestParam(name = Confirmation.CONFIRMED, required = false) String confirmed,
            @AuthenticationPrincipal AccountPrincipal admin,
            Model model,
            RedirectAttributes redirect) {
        if (!Confirmation.confirmed(confirmed)) {
            UserDirectory.UserRow user = users.findById(id).orElse(null);
            if (user == null || !user.enabled()) {
                redirect.addFlashAttribute("flashError", "admin.users.notChanged");
                return "redirect:/admin/users";
            }
            model.addAttribute(
                    "confirmation",
                    new Confirmation(
                            "admin.users.confirm.title",
                            "admin.users.confirm",
                            new Object[] {user.displayName(), user.email()},
                            "/admin/users/" + id + "/disable",
                            "admin.users.confirm.yes",
                            "/admin/users",
                            Map.of()));
            return Confirmation.VIEW;
        }
        if (users.setEnabled(admin.userId(), id, false)) {
            redirect.addFlashAttribute("flash", "admin.users.disabled");
        } else {
            redirect.addFlashAttribute("flashError", "admin.users.notChanged");
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal admin, RedirectAttributes redirect) {
        if (users.setEnabled(admin.userId(), id, true)) {
            redirect.addFlashAttribute("flash", "admin.users.enabled");
        } else {
            redirect.addFlashAttribute("flashError", "admin.users.notChanged");
        }
        return "redirect:/admin/users";
    }

    @GetMapping("/admin/moderation")
    String moderation(Model model) {
        model.addAttribute("reports", moderation.openFlags());
        return "admin/moderation";
    }

    @PostMapping("/admin/moderation/{id}/hide")
    String hide(
            @PathVariable long id,
            @Valid @ModelAttribute HideForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal admin,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", "admin.moderation.reasonRequired");
            return "redirect:/admin/moderation";
        }
        moderation.hide(id, admin.userId(), form.reason());
        redirect.addFlashAttribute("flash", "admin.moderation.hidden");
        return "redirect:/admin/moderation";
    }

    @PostMapping("/admin/moderation/{id}/dismiss")
    String dismiss(
            @PathVariable long id, @AuthenticationPrincipal AccountPrincipal admin, RedirectAttributes redirect) {
        moderation.dismiss(id, admin.userId());
        redirect.addFlashAttribute("flash", "admin.moderation.dismissed");
        return "redirect:/admin/moderation";
    }
}
