package org.stint.hiring;

/** The student rated the employer after completing the work. */
public record EmployerRated(long applicationId, long companyId, String postingTitle, int rating) {}
