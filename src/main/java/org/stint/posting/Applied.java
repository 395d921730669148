package org.stint.posting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The viewing student's application to a posting: which one, and when they sent it. */
public record Applied(long applicationId, Instant submittedAt) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** The day it was sent (UTC, as every date on the site). */
    public LocalDate day() {
        return LocalDate.ofInstant(submittedAt, ZoneOffset.UTC);
    }

    /** "3 Dec 2026". */
    public String dayText() {
        return DAY.format(day());
    }
}
