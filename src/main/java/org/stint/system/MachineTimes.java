package org.stint.system;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;

/**
 * Instants written for machines, as in {@code <time datetime>}: UTC to the second, since HTML
 * allows at most three fraction digits and PostgreSQL keeps six. Templates call it as
 * {@code ${@times.iso(instant)}}.
 */
@Component("times")
public class MachineTimes {

    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    public String iso(Instant instant) {
        return instant == null ? null : ISO.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
