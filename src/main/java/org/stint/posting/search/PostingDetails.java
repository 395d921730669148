package org.stint.posting.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.stint.posting.Category;
import org.stint.posting.Pay;
import org.stint.posting.PostingStatus;
import org.stint.posting.WorkMode;

/** Everything a posting page shows about the posting itself. */
public record PostingDetails(
        long id,
        long companyId,
        String title,
        String description,
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
        PostingStatus status,
        boolean acceptingApplications,
        Instant publishedAt) {

    /** How long a search engine's snippet of a page is, about. */
    static final int META_DESCRIPTION_LENGTH = 155;

    /**
     * The page's meta description: the start of the posting's own text as one line of plain text,
     * cut at a word before {@value #META_DESCRIPTION_LENGTH} characters with an ellipsis. The
     * template escapes it.
     */
    public String metaDescription() {
        String text =
                description == null ? "" : description.replaceAll("\\s+", " ").strip();
        if (text.length() <= META_DESCRIPTION_LENGTH) {
            return text.isEmpty() ? title : text;
        }
        int cut = text.lastIndexOf(' ', META_DESCRIPTION_LENGTH - 1);
        if (cut < META_DESCRIPTION_LENGTH / 2) {
            cut = META_DESCRIPTION_LENGTH - 1;
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).strip() + "…";
    }

    /** The day it went live, for people (UTC). */
    public LocalDate publishedOn() {
        return publishedAt == null ? null : LocalDate.ofInstant(publishedAt, ZoneOffset.UTC);
    }
}
