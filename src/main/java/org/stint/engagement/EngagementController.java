package org.stint.engagement;

import jakarta.validation.Valid;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stint.account.AccountPrincipal;
import org.stint.engagement.EngagementFormFlow.FormPost;
import org.stint.engagement.EngagementForms.DeliverableForm;
import org.stint.engagement.EngagementForms.MessageForm;
import org.stint.engagement.EngagementForms.MilestoneForm;
import org.stint.engagement.EngagementForms.ReviewForm;

/** The engagement page, its messages, deliverables (their files and review) and milestones. */
@Controller
class EngagementController {

    private final EngagementWorkService work;

    private final EngagementFormFlow flow;

    EngagementController(EngagementWorkService work, EngagementFormFlow flow) {
        this.work = work;
        this.flow = flow;
    }

    @GetMapping("/engagements/{id}")
    String show(@AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, Model model) {
        return flow.render(user, id, model);
    }

    @PostMapping("/engagements/{id}/messages")
    String message(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("message") MessageForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return flow.act(
                new FormPost(user, id, errors, model, redirect),
                "engagement.message.sent",
                "messages",
                () -> work.postMessage(user, id, form.body()));
    }

    @PostMapping("/engagements/{id}/deliverables")
    String deliverable(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("deliverable") DeliverableForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return flow.act(
                new FormPost(user, id, errors, model, redirect), "engagement.deliverable.sent", "deliverables", () -> {
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
                    work.submitDeliverable(user, id, form.title(), form.url(), form.note(), name, content);
                });
    }

    /** A deliverable's file: always a download, never shown inline, never sniffed, never cached. */
    @GetMapping("/engagements/{id}/deliverables/{deliverableId}")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal AccountPrincipal user, @PathVariable long id, @PathVariable long deliverableId) {
        EngagementWorkRepository.StoredFile file = work.deliverableFile(user, id, deliverableId);
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
        return flow.actOnRow(
                new FormPost(user, id, errors, model, redirect),
                "review-" + deliverableId,
                "ACCEPTED".equals(form.decision()) ? "engagement.review.accepted" : "engagement.review.changes.done",
                "deliverables",
                () -> work.review(user, id, deliverableId, form.decision(), form.comment()));
    }

    @PostMapping("/engagements/{id}/milestones")
    String milestone(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @Valid @ModelAttribute("milestone") MilestoneForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return flow.act(
                new FormPost(user, id, errors, model, redirect),
                "engagement.milestone.added",
                "milestones",
                () -> work.addMilestone(user, id, form.milestoneTitle(), form.dueOn()));
    }

    @PostMapping("/engagements/{id}/milestones/{milestoneId}/delete")
    String deleteMilestone(
            @AuthenticationPrincipal AccountPrincipal user,
            @PathVariable long id,
            @PathVariable long milestoneId,
            RedirectAttributes redirect) {
        work.deleteMilestone(user, id, milestoneId);
        redirect.addFlashAttribute("flash", "engagement.milestone.deleted");
        return "redirect:/engagements/" + id + "#milestones";
    }
}
