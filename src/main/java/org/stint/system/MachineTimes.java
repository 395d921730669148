package org.stint.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.stint.account.AccountPrincipal;

/**
 * Times on pages, as {@code ${@times...}}: for people in the viewer's time zone (their own choice
 * or their university's, carried by the signed-in principal, so no query; UTC for visitors), and
 * for machines, as in {@code <time datetime>}, UTC to the second, since HTML allows at most three
 * fraction digits and PostgreSQL keeps six. Calendar dates (a deadline, a payment day) are shown as
 * they are; instants are moved into the viewer's zone first.
 */
@Component("times")
public class MachineTimes {

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.UK);

    /** The viewer's zone: read from the signed-in principal, which worked it out at sign-in. */
    public ZoneId zone() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal account
                ? account.zone()
                : ZoneOffset.UTC;
    }

    /** An instant for machines: UTC to the second with a Z, as a {@code datetime} attribute wants it. */
    public String iso(Object time) {
        Instant instant = instant(time);
        return instant == null ? null : ISO.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The calendar day of a time in the viewer's zone, for machines ({@code 2026-12-03}). */
    public String isoDate(Object time) {
        return format(time, ISO_DATE);
    }

    /** "3 Dec 2026" in the viewer's zone. */
    public String date(Object time) {
        return format(time, DATE);
    }

    /** "3 December 2026" in the viewer's zone. */
    public String longDate(Object time) {
        return format(time, LONG_DATE);
    }

    /** "3 Dec 2026, 14:05" in the viewer's zone. */
    public String dateTime(Object time) {
        return format(time, DATE_TIME);
    }

    /** The time now in the viewer's zone, "3 Dec 2026, 14:05". */
    public String now() {
        return dateTime(Instant.now());
    }

    /** The name of the viewer's zone as a page mentions it ("Europe/London"; "UTC"). */
    public String zoneName() {
        ZoneId zone = zone();
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    private String format(Object time, DateTimeFormatter format) {
        if (time == null) {
            return null;
        }
        TemporalAccessor local;
        if (time instanceof LocalDate day) {
            local = day;
        } else {
            local = ZonedDateTime.ofInstant(instant(time), zone());
        }
        return format.format(local);
    }

    private static Instant instant(Object time) {
        if (time == null) {
            return null;
        } else if (time instanceof Instant instant) {
            return instant;
        } else if (time instanceof OffsetDateTime offset) {
            return offset.toInstant();
        } else if (time instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        } else if (time instanceof LocalDateTime utc) {
            return utc.toInstant(ZoneOffset.UTC);
        }
        throw new IllegalArgumentException("Not an instant: " + time.getClass());
    }
}
