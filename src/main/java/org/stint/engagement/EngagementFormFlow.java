package org.stint.engagement;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;
import org.stint.engagement.EngagementForms.DeliverableForm;
import org.stint.engagement.EngagementForms.MessageForm;
import org.stint.engagement.EngagementForms.MilestoneForm;
import org.stint.engagement.EngagementForms.TimesheetForm;
import org.stint.engagement.EngagementForms.TotalCorrectionForm;

/**
 * How the engagement page's forms answer. Each form posts, and either redirects back to the page with
 * a message or, on a field error, shows the page again with the message next to the field and
 * what was typed kept. Forms of one row (a deliverable's review, a week's query or correction)
 * carry their errors and values in {@code rowTarget}, {@code rowValues} and {@code rowErrors}.
 */
@Component
class EngagementFormFlow {

    private static final String PAGE = "engagement/engagement";

    private final EngagementPageService pages;

    private final MessageSource messages;

    EngagementFormFlow(EngagementPageService pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    String render(AccountPrincipal user, long id, Model model) {
        model.addAttribute("page", pages.page(user, id));
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

    /**
     * A form posted to the engagement page, as Spring MVC hands it to the controller: who posted
     * it, to which engagement, the form's binding result, the model to show the page again with,
     * and the attributes of the redirect back to it.
     */
    record FormPost(AccountPrincipal user, long id, BindingResult errors, Model model, RedirectAttributes redirect) {}

    /** A page-level form: field errors re-render the page, refusals and success redirect. */
    String act(FormPost post, String done, String anchor, Runnable action) {
        if (post.errors().hasErrors()) {
            return render(post.user(), post.id(), post.model());
        }
        try {
            action.run();
        } catch (EngagementFieldException field) {
            post.errors().rejectValue(field.field(), field.messageKey(), field.args(), null);
            return render(post.user(), post.id(), post.model());
        } catch (EngagementRefusedException refused) {
            post.redirect().addFlashAttribute("flashError", refused.messageKey());
            return "redirect:/engagements/" + post.id() + "#" + anchor;
        }
        post.redirect().addFlashAttribute("flash", done);
        return "redirect:/engagements/" + post.id() + "#" + anchor;
    }

    /** A form of one row: its errors and typed values go back to that row only. */
    String actOnRow(FormPost post, String target, String done, String anchor, Runnable action) {
        BindingResult errors = post.errors();
        if (!errors.hasErrors()) {
            try {
                action.run();
                post.redirect().addFlashAttribute("flash", done);
                return "redirect:/engagements/" + post.id() + "#" + anchor;
            } catch (EngagementFieldException field) {
                errors.rejectValue(field.field(), field.messageKey(), field.args(), null);
            } catch (EngagementRefusedException refused) {
                post.redirect().addFlashAttribute("flashError", refused.messageKey());
                return "redirect:/engagements/" + post.id() + "#" + anchor;
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
        Model model = post.model();
        model.addAttribute("rowTarget", target);
        model.addAttribute("rowValues", values);
        model.addAttribute("rowErrors", messagesByField);
        return render(post.user(), post.id(), model);
    }
}
