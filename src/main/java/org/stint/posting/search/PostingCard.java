package org.stint.posting.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;
import org.stint.posting.Applied;
import org.stint.posting.Category;
import org.stint.posting.Pay;
import org.stint.posting.WorkMode;
import org.stint.shared.Countries;

/**
 * One posting in a list of results, with its company's name and, for a student whose university
 * has vetted the company, that university's name ({@code vettedBy}); for a student who applied to
 * it, their application ({@code applied}, else null) and whether they saved it: one row of one query.
 */
@NamedInterface("search")
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
        String companyName,
        String vettedBy,
        Applied applied,
        boolean saved) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** "Leeds, United Kingdom", or the country alone. */
    public String place() {
        return city == null ? Countries.name(country) : city + ", " + Countries.name(country);
    }

    /** "15 Jan 2027". */
    public String deadlineText() {
        return DAY.format(applicationDeadline);
    }
}
