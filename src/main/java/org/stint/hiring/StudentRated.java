package org.stint.hiring;

/** The employer rated the student's completed work. */
public record StudentRated(long applicationId, long studentId, String postingTitle, int rating) {}
