package org.stint.university;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;
import org.stint.university.CareerOfficeForms.HourCapForm;
import org.stint.university.CareerOfficeForms.InviteForm;
import org.stint.university.CareerOfficeForms.RecommendForm;
import org.stint.university.CareerOfficeForms.SettingsForm;

/** The career office's settings, recommendations and colleagues. */
@Controller
class CareerOfficeController {

    private final UniversityService universities;

    private final RecommendationService recommendations;

    private final StaffInvitations invitations;

    CareerOfficeController(
            UniversityService universities, RecommendationService recommendations, StaffInvitations invitations) {
        this.universities = universities;
        this.recommendations = recommendations;
        this.invitations = invitations;
    }

    @GetMapping("/university/settings")
    String settings(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        return settingsPage(user, model);
    }

    private String settingsPage(AccountPrincipal user, Model model) {
        model.addAttribute("overview", universities.overviewFor(user.userId()));
        if (!model.containsAttribute("hourCap")) {
            model.addAttribute("hourCap", universities.hourCapForm(user.userId()));
        }
        return "university/settings";
    }

    /** The default weekly hour cap of the university's students during term, and the term's dates. */
    @PostMapping("/university/settings/hour-cap")
    String saveHourCap(
            @Valid @ModelAttribute("hourCap") HourCapForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        form.check(errors);
        if (errors.hasErrors()) {
            return settingsPage(user, model);
        }
        universities.setHourCap(user.userId(), form);
        redirect.addFlashAttribute("flash", "university.settings.hourCap.saved");
        return "redirect:/university/settings";
    }

    @PostMapping("/university/settings")
    String saveSettings(
            @ModelAttribute SettingsForm form,
            @AuthenticationPrincipal AccountPrincipal user,
            RedirectAttributes redirect) {
        universities.setPartnerOnly(user.userId(), form.partnerOnly());
        redirect.addFlashAttribute("flash", "university.settings.saved");
        return "redirect:/university/settings";
    }

    @GetMapping("/university/recommendations")
    String recommendations(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("recommendations", recommendations.forStaff(user.userId()));
        return "university/recommendations";
    }

    @PostMapping("/university/recommendations")
    String recommend(
            @Valid @ModelAttribute RecommendForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal user,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("flashError", "university.recommend.error.invalid");
            return "redirect:/university/recommendations";
        }
        try {
            recommendations.recommend(user.userId(), form.postingId(), form.note());
            redirect.addFlashAttribute("flash", "university.recommend.done");
        } catch (PartnershipStateException notVisible) {
            redirect.addFlashAttribute("flashError", notVisible.messageKey());
        }
        return "redirect:/university/recommendations";
    }

    @PostMapping("/university/recommendations/{id}/delete")
    String removeRecommendation(
            @PathVariable long id, @AuthenticationPrincipal AccountPrincipal user, RedirectAttributes redirect) {
        recommendations.remove(user.userId(), id);
        redirect.addFlashAttribute("flash", "university.recommend.removed");
        return "redirect:/university/recommendations";
    }

    @GetMapping("/university/staff")
    String staff(@AuthenticationPrincipal AccountPrincipal user, Model model) {
        model.addAttribute("inviteForm", InviteForm.empty());
        return staffPage(user, model);
    }

    @PostMapping("/university/staff")
    String invite(
            @Valid @ModelAttribute("inviteForm") InviteForm form,
            BindingResult errors,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return staffPage(user, model);
        }
        try {
            invitations.invite(user.userId(), form.email());
        } catch (InvitationException refused) {
            errors.rejectValue("email", refused.messageKey());
            return staffPage(user, model);
        }
        redirect.addFlashAttribute("flash", "university.staff.invited");
        return "redirect:/university/staff";
    }

    private String staffPage(AccountPrincipal user, Model model) {
        StaffOverview overview = universities.overviewFor(user.userId());
        model.addAttribute("overview", overview);
        model.addAttribute(
                "colleagues", invitations.colleagues(overview.university().id()));
        model.addAttribute(
                "invitations", invitations.ofUniversity(overview.university().id()));
        return "university/staff";
    }
}
