package org.stint.engagement;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;
import org.stint.engagement.EngagementForms.CorrectionForm;
import org.stint.engagement.EngagementForms.DeliverableForm;
import org.stint.engagement.EngagementForms.MessageForm;
import org.stint.engagement.EngagementForms.MilestoneForm;
import org.stint.engagement.EngagementForms.QueryForm;
import org.stint.engagement.EngagementForms.ReviewForm;
import org.stint.engagement.EngagementForms.TimesheetForm;
import org.stint.engagement.EngagementForms.TotalCorrectionForm;

/**
 * The engagement page and its forms. Each form posts, and either redirects back to the page with
 * a message or, on a field error, shows the page again with the message next to the field and
 * what was typed kept. Forms of one row (a deliverable's review, a week's query or correction)
 * carry their errors and values in {@code rowTarget}, {@code rowValues} and {@code rowErrors}.
 */
@Controller
class EngagementController {

    private static final String PAGE = "engagement/engagement";

    private final EngagementService engagements;

    private final MessageSource messages;

    EngagementController(EngagementService engagements, MessageSource messages) {
        this.engagements = engagements;
        this.messages = messages;
    }

    @GetMapping("/engagements/{id}")
    String show(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model) {
        return render(user, id, model);
    }

    private String render(AccountPrincipal user, long id, Model model) {
        model.addAttribute("page", engagements.page(user, id));
        if (!model.containsAttribute("message")) {
            model.addAttribute("message", new MessageForm(null));
        }
        if (!model.containsAttribute("deliverable")) {
            model.addAttribute("deliverable", new DeliverableForm(null, null, null, null));
        }
        if (!model.containsAttribute("milestone")) {
            model.addAttribute("milestone", new MilestoneForm(null, null));
        }
        if (!model.containsAttribute("timesheet")) {
            model.addAttribute("timesheet", new TimesheetForm(null, null, null, false, null));
        }
        if (!model.containsAttribute("totalCorrection")) {
            model.addAttribute("totalCorrection", new TotalCorrectionForm(null, null, false));
        }
        if (!model.containsAttribute("rowValues")) {
            model.addAttribute("rowValues", Map.of());
            model.addAttribute("rowErrors", Map.of());
        }
        return PAGE;
    }

    @PostMapping("/engagements/{id}/messages")
    String message(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("message") MessageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return act(user, id, errors, model, redirect, "engagement.message.sent", "messages", () -> {
            engagements.postMessage(user, id, form.body());
            return null;
        });
    }

    @PostMapping("/engagements/{id}/deliverables")
    String deliverable(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("deliverable") DeliverableForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return act(user, id, errors, model, redirect, "engagement.deliverable.sent", "deliverables", () -> {
            MultipartFile file = form.file();
            byte[] content = null;
            String name = null;
            if (file != null && !file.isEmpty()) {
                if (file.getSize() > org.stint.shared.FileContent.MAX_UPLOAD_BYTES) {
                    throw new EngagementFieldException("file", "engagement.deliverable.tooLarge");
                }
                try {
                    content = file.getBytes();
                } catch (IOException unreadable) {
                    throw new EngagementFieldException("file", "engagement.deliverable.badType");
                }
                name = file.getOriginalFilename();
            }
            engagements.submitDeliverable(user, id, form.title(), form.url(), form.note(), name, content);
            return null;
        });
    }

    /** A deliverable's file: always a download, never shown inline, never sniffed, never cached. */
    @GetMapping("/engagements/{id}/deliverables/{deliverableId}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, @PathVariable long deliverableId) {
        EngagementRepository.StoredFile file = engagements.deliverableFile(user, id, deliverableId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    @PostMapping("/engagements/{id}/deliverables/{deliverableId}/review")
    String review(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @PathVariable long deliverableId,
            @Valid @ModelAttribute("review") ReviewForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return actOnRow(
                user,
                id,
                "review-" + deliverableId,
                errors,
                model,
                redirect,
                "ACCEPTED".equals(form.decision()) ? "engagement.review.accepted" : "engagement.review.changes.done",
                "deliverables",
                () -> engagements.review(user, id, deliverableId, form.decision(), form.comment()));
    }

    @PostMapping("/engagements/{id}/milestones")
    String milestone(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("milestone") MilestoneForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return act(user, id, errors, model, redirect, "engagement.milestone.added", "milestones", () -> {
            engagements.addMilestone(user, id, form.milestoneTitle(), form.dueOn());
            return null;
        });
    }

    @PostMapping("/engagements/{id}/milestones/{milestoneId}/delete")
    String deleteMilestone(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @PathVariable long milestoneId,
            RedirectAttributes redirect) {
        engagements.deleteMilestone(user, id, milestoneId);
        redirect.addFlashAttribute("flash", "engagement.milestone.deleted");
        return "redirect:/engagements/" + id + "#milestones";
    }

    @PostMapping("/engagements/{id}/timesheets")
    String timesheet(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("timesheet") TimesheetForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return act(user, id, errors, model, redirect, "engagement.timesheet.sent", "timesheets", () -> {
            engagements.submitTimesheet(
                    user,
                    id,
                    form.weekStart(),
                    form.hours(),
                    form.timesheetNote(),
                    form.confirmed(),
                    form.overReason());
            return null;
        });
    }

    @PostMapping("/engagements/{id}/timesheets/{timesheetId}/approve")
    String approve(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @PathVariable long timesheetId,
            RedirectAttributes redirect) {
        try {
            engagements.approveTimesheet(user, id, timesheetId);
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
        return actOnRow(
                user,
                id,
                "query-" + timesheetId,
                errors,
                model,
                redirect,
                "engagement.timesheet.queried",
                "timesheets",
                () -> engagements.queryTimesheet(user, id, timesheetId, form.comment()));
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
        return actOnRow(
                user,
                id,
                "correct-" + timesheetId,
                errors,
                model,
                redirect,
                "engagement.correction.done",
                "timesheets",
                () -> engagements.correctTimesheet(
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
        return act(user, id, errors, model, redirect, "engagement.correction.done", "hours", () -> {
            engagements.correctTotal(user, id, form.totalHours(), form.totalReason(), form.confirmed());
            return null;
        });
    }

    /** A page-level form: field errors re-render the page, refusals and success redirect. */
    private String act(
            AccountPrincipal user,
            long id,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            String done,
            String anchor,
            Supplier<Void> action) {
        if (errors.hasErrors()) {
            return render(user, id, model);
        }
        try {
            action.get();
        } catch (EngagementFieldException field) {
            errors.rejectValue(field.field(), field.messageKey(), field.args(), null);
            return render(user, id, model);
        } catch (EngagementRefusedException refused) {
            redirect.addFlashAttribute("flashError", refused.messageKey());
            return "redirect:/engagements/" + id + "#" + anchor;
        }
        redirect.addFlashAttribute("flash", done);
        return "redirect:/engagements/" + id + "#" + anchor;
    }

    /** A form of one row: its errors and typed values go back to that row only. */
    private String actOnRow(
            AccountPrincipal user,
            long id,
            String target,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect,
            String done,
            String anchor,
            Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("flash", done);
                return "redirect:/engagements/" + id + "#" + anchor;
            } catch (EngagementFieldException field) {
                errors.rejectValue(field.field(), field.messageKey(), field.args(), null);
            } catch (EngagementRefusedException refused) {
                redirect.addFlashAttribute("flashError", refused.messageKey());
                return "redirect:/engagements/" + id + "#" + anchor;
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> messagesByField = new LinkedHashMap<>();
        Object form = errors.getTarget();
        if (form != null) {
            for (var component : form.getClass().getRecordComponents()) {
                Object value = errors.getFieldValue(component.getName());
                values.put(component.getName(), value == null ? "" : value.toString());
            }
        }
        for (FieldError error : errors.getFieldErrors()) {
            messagesByField.putIfAbsent(error.getField(), messages.getMessage(error, LocaleContextHolder.getLocale()));
        }
        model.addAttribute("rowTarget", target);
        model.addAttribute("rowValues", values);
        model.addAttribute("rowErrors", messagesByField);
        return render(user, id, model);
    }
}
