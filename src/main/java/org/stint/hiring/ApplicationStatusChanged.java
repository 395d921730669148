package org.stint.hiring;

/** An application moved from one status to another (actor is null when Stint itself moved it). */
public record ApplicationStatusChanged(
        long applicationId,
        long postingId,
        String postingTitle,
        long companyId,
        long studentId,
        ApplicationStatus from,
        ApplicationStatus to,
        String note,
        Long actorUserId) {}
