package org.stint.engagement;

import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;
import org.stint.engagement.EngagementFormFlow.FormPost;
import org.stint.engagement.EngagementForms.CorrectionForm;
import org.stint.engagement.EngagementForms.QueryForm;
import org.stint.engagement.EngagementForms.TimesheetForm;
import org.stint.engagement.EngagementForms.TotalCorrectionForm;

/** The engagement's hours: weekly timesheets, their approval, query and correction, and the corrected total. */
@Controller
class TimesheetController {

    private final TimesheetService timesheets;

    private final EngagementFormFlow flow;

    TimesheetController(TimesheetService timesheets, EngagementFormFlow flow) {
        this.timesheets = timesheets;
        this.flow = flow;
    }

    @PostMapping("/engagements/{id}/timesheets")
    String timesheet(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("timesheet") TimesheetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return flow.act(
                new FormPost(user, id, errors, model, redirect),
                "engagement.timesheet.sent",
                "timesheets",
                () -> timesheets.submitTimesheet(
                        user,
                        id,
                        form.weekStart(),
                        form.hours(),
                        form.timesheetNote(),
                        form.confirmed(),
                        form.overReason()));
    }

    @PostMapping("/engagements/{id}/timesheets/{timesheetId}/approve")
    String approve(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @PathVariable long timesheetId,
            RedirectAttributes redirect) {
        try {
            timesheets.approveTimesheet(user, id, timesheetId);
            redirect.addFlashAttribute("flash", "engagement.timesheet.approved");
        } catch (EngagementRefusedException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/engagements/" + id + "#timesheets";
    }

    @PostMapping("/engagements/{id}/timesheets/{timesheetId}/query")
    String query(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @PathVariable long timesheetId,
            @Valid @ModelAttribute("query") QueryForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return flow.actOnRow(
                new FormPost(user, id, errors, model, redirect),
                "query-" + timesheetId,
                "engagement.timesheet.queried",
                "timesheets",
                () -> timesheets.queryTimesheet(user, id, timesheetId, form.comment()));
    }

    @PostMapping("/engagements/{id}/timesheets/{timesheetId}/correct")
    String correct(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @PathVariable long timesheetId,
            @Valid @ModelAttribute("correction") CorrectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return flow.actOnRow(
                new FormPost(user, id, errors, model, redirect),
                "correct-" + timesheetId,
                "engagement.correction.done",
                "timesheets",
                () -> timesheets.correctTimesheet(
                        user, id, timesheetId, form.hours(), form.reason(), form.confirmed()));
    }

    @PostMapping("/engagements/{id}/hours/correct")
    String correctTotal(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("totalCorrection") TotalCorrectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return flow.act(
                new FormPost(user, id, errors, model, redirect),
                "engagement.correction.done",
                "hours",
                () -> timesheets.correctTotal(user, id, form.totalHours(), form.totalReason(), form.confirmed()));
    }
}
