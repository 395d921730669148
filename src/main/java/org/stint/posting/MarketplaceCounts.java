package org.stint.posting;

/** The home page's figures. */
public record MarketplaceCounts(long openPostings, long companies, long openings) {}
