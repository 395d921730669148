package org.stint.posting;

/** A student or career-office member reported a posting to the administrators. */
public record PostingReported(long reportId, long postingId, long reporterUserId) {}
