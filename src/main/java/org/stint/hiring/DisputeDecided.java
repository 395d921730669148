package org.stint.hiring;

/** A career office noted the outcome of a pay dispute; the student and the company are told. */
public record DisputeDecided(
        long applicationId, long companyId, long studentId, String postingTitle, DisputeOutcome outcome) {}
