package org.stint.posting.search;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What students want to know about a company before applying: how they rated it and whether it
 * answers applications. Applications the student withdrew say nothing about the company and are
 * left out of the response rate.
 */
record CompanyFigures(long openPostings, long applications, long answered, BigDecimal averageRating, long ratings) {

    public boolean hasApplications() {
        return applications > 0;
    }

    public boolean hasRatings() {
        return ratings > 0;
    }

    /** More open postings than were counted: shown as "1,000+". */
    public boolean manyOpenPostings() {
        return openPostings > CompanyPageQueries.COUNT_LIMIT;
    }

    /** Pages of open postings, at least one, at most {@code maxPages}. */
    int pages(int pageSize, int maxPages) {
        return (int) Math.max(1, Math.min(maxPages, (openPostings + pageSize - 1) / pageSize));
    }

    /** Share of applications answered, in whole percent. */
    public long responseRatePercent() {
        return applications == 0 ? 0 : Math.round(100.0 * answered / applications);
    }

    /** Average rating with one decimal, such as "4.3". */
    public String averageRatingText() {
        return averageRating == null
                ? ""
                : averageRating.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
