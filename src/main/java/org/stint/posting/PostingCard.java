package org.stint.posting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One posting in a list of results, with its company's name: one row of one query. */
public record PostingCard(
        long id,
        String title,
        Category category,
        List<String> skills,
        int hoursPerWeek,
        int durationWeeks,
        WorkMode workMode,
        String city,
        String country,
        Pay pay,
        int openings,
        LocalDate applicationDeadline,
        Instant publishedAt,
        long companyId,
        String companyName) {

    /**
     * Written out rather than generated: the card cache compares each shown card with the one it
     * rendered ({@link PostingCardFragments}), and on Java 17 a record's generated equals over
     * fifteen components was a tenth of a results page's CPU time.
     */
    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof PostingCard o
                        && id == o.id
                        && hoursPerWeek == o.hoursPerWeek
                        && durationWeeks == o.durationWeeks
                        && openings == o.openings
                        && companyId == o.companyId
                        && category == o.category
                        && workMode == o.workMode
                        && Objects.equals(publishedAt, o.publishedAt)
                        && Objects.equals(applicationDeadline, o.applicationDeadline)
                        && Objects.equals(title, o.title)
                        && Objects.equals(companyName, o.companyName)
                        && Objects.equals(city, o.city)
                        && Objects.equals(country, o.country)
                        && Objects.equals(skills, o.skills)
                        && Objects.equals(pay, o.pay);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + Objects.hashCode(title);
    }
}
