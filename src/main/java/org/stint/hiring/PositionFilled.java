package org.stint.hiring;

/** The last opening of a posting was filled; these students' open applications were closed. */
public record PositionFilled(long postingId, String postingTitle, long companyId, java.util.List<Long> studentIds) {}
