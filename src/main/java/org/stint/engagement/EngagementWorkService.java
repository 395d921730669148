package org.stint.engagement;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.AccountPrincipal;
import org.stint.shared.FileContent;

/** The work of an engagement: messages, deliverables and their review, and milestones. */
@Service
@Transactional
class EngagementWorkService {

    /** How many milestones an engagement may have: a short list, not a project plan. */
    static final int MAX_MILESTONES = 12;

    private final EngagementWorkRepository repository;

    private final EngagementRepository engagements;

    private final EngagementAccess access;

    EngagementWorkService(
            EngagementWorkRepository repository, EngagementRepository engagements, EngagementAccess access) {
        this.repository = repository;
        this.engagements = engagements;
        this.access = access;
    }

    void postMessage(AccountPrincipal viewer, long id, String body) {
        EngagementPage.Header header = access.require(viewer, id, Party.STUDENT, Party.EMPLOYER);
        repository.insertMessage(id, viewer.userId(), body.strip());
        access.tell(header, viewer, EngagementActivity.Kind.MESSAGE);
    }

    /**
     * Hands in a deliverable: a link (http or https, with a host) or a file (PDF, PNG, JPEG or a
     * ZIP-based document, by its content; at most 5 MB), never both.
     */
    void submitDeliverable(
            AccountPrincipal viewer, long id, String title, String url, String note, String fileName, byte[] content) {
        EngagementPage.Header header = access.require(viewer, id, Party.STUDENT);
        EngagementAccess.requireRunning(header);
        boolean hasLink = url != null && !url.isBlank();
        boolean hasFile = content != null && content.length > 0;
        if (hasLink == hasFile) {
            throw new EngagementFieldException("url", "engagement.deliverable.linkOrFile");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (hasLink) {
            repository.insertLink(id, viewer.userId(), title.strip(), checkedLink(url.strip()), cleanNote);
        } else {
            if (content.length > FileContent.MAX_UPLOAD_BYTES) {
                throw new EngagementFieldException("file", "engagement.deliverable.tooLarge");
            }
            FileContent.Kind kind = FileContent.kindOf(content)
                    .orElseThrow(() -> new EngagementFieldException("file", "engagement.deliverable.badType"));
            String name = FileContent.safeName(fileName, "deliverable", kind.extension(), alsoAllowed(kind));
            repository.insertFile(id, viewer.userId(), title.strip(), name, kind.mediaType(), content, cleanNote);
        }
        access.tell(header, viewer, EngagementActivity.Kind.DELIVERABLE);
    }

    private static String[] alsoAllowed(FileContent.Kind kind) {
        return switch (kind) {
            case JPEG -> new String[] {".jpeg"};
            case ZIP -> new String[] {".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp"};
            default -> new String[0];
        };
    }

    /** A link people can follow safely: http or https with a host, nothing else (no javascript:, data:, file:). */
    static String checkedLink(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https"))
                    || uri.getHost() == null
                    || uri.getHost().isBlank()
                    || url.length() > 2000) {
                throw new EngagementFieldException("url", "engagement.deliverable.badLink");
            }
            return url;
        } catch (URISyntaxException bad) {
            throw new EngagementFieldException("url", "engagement.deliverable.badLink");
        }
    }

    /** A deliverable's file, for the student and the company's members only. */
    @Transactional(readOnly = true)
    EngagementWorkRepository.StoredFile deliverableFile(AccountPrincipal viewer, long id, long deliverableId) {
        EngagementPage.Header header = engagements
                .header(id, viewer.userId(), false)
                .filter(h -> EngagementAccess.partyOf(h, viewer)
                        .filter(Party::takesPart)
                        .isPresent())
                .orElseThrow(() -> new EngagementNotFoundException(id));
        return repository.file(header.id(), deliverableId).orElseThrow(() -> new EngagementNotFoundException(id));
    }

    /** The employer accepts a deliverable, or asks for changes with a comment. */
    void review(AccountPrincipal viewer, long id, long deliverableId, String decision, String comment) {
        EngagementPage.Header header = access.require(viewer, id, Party.EMPLOYER);
        String status = repository
                .deliverableStatusForUpdate(id, deliverableId)
                .orElseThrow(() -> new EngagementNotFoundException(id));
        if (!DeliverableStatus.SUBMITTED.name().equals(status)) {
            throw new EngagementRefusedException("engagement.review.alreadyReviewed");
        }
        boolean accept = ReviewDecision.ACCEPTED.name().equals(decision);
        String cleanComment = comment == null || comment.isBlank() ? null : comment.strip();
        if (!accept && cleanComment == null) {
            throw new EngagementFieldException("comment", "engagement.review.commentRequired");
        }
        repository.review(
                id,
                deliverableId,
                (accept ? ReviewDecision.ACCEPTED : ReviewDecision.CHANGES_REQUESTED).name(),
                cleanComment,
                viewer.userId());
        access.tell(
                header,
                viewer,
                accept ? EngagementActivity.Kind.DELIVERABLE_ACCEPTED : EngagementActivity.Kind.CHANGES_REQUESTED);
    }

    void addMilestone(AccountPrincipal viewer, long id, String title, LocalDate dueOn) {
        EngagementPage.Header header = access.require(viewer, id, Party.EMPLOYER);
        EngagementAccess.requireRunning(header);
        if (repository.countMilestones(id) >= MAX_MILESTONES) {
            throw new EngagementFieldException("milestoneTitle", "engagement.milestone.tooMany", MAX_MILESTONES);
        }
        repository.insertMilestone(id, title.strip(), dueOn, viewer.userId());
        access.tell(header, viewer, EngagementActivity.Kind.MILESTONE);
    }

    void deleteMilestone(AccountPrincipal viewer, long id, long milestoneId) {
        access.require(viewer, id, Party.EMPLOYER);
        if (repository.deleteMilestone(id, milestoneId) == 0) {
            throw new EngagementNotFoundException(id);
        }
    }
}
