package org.stint.alert;

import java.time.Duration;

/** How often a saved search may send an alert. */
public enum Frequency {
    INSTANT(Duration.ZERO),
    DAILY(Duration.ofDays(1)),
    WEEKLY(Duration.ofDays(7));

    private final Duration period;

    Frequency(Duration period) {
        this.period = period;
    }

    Duration period() {
        return period;
    }
}
