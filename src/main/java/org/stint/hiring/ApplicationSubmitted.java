package org.stint.hiring;

/** A student applied to a posting. */
public record ApplicationSubmitted(
        long applicationId, long postingId, String postingTitle, long companyId, long studentId, String studentName) {}
