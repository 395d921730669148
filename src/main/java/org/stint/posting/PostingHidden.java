package org.stint.posting;

/** An administrator hid a posting after a report; its company is told why. */
public record PostingHidden(long postingId, long companyId, String title, String reason) {}
