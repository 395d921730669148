package org.stint.engagement;

/**
 * Something happened on an engagement that the other side should hear about: a message, a
 * deliverable, a review, a timesheet and its answer, a correction of hours, a milestone.
 * {@code byStudent} says which side acted, so the notice goes to the other.
 */
public record EngagementActivity(
        long applicationId,
        String postingTitle,
        long companyId,
        long studentId,
        long actorUserId,
        String actorName,
        Kind kind,
        boolean byStudent) {

    public enum Kind {
        MESSAGE,
        DELIVERABLE,
        DELIVERABLE_ACCEPTED,
        CHANGES_REQUESTED,
        TIMESHEET,
        TIMESHEET_APPROVED,
        TIMESHEET_QUERIED,
        HOURS_CORRECTED,
        MILESTONE
    }
}
