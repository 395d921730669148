package org.stint.engagement;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The weeks of an engagement a timesheet may be for. */
@Component
class TimesheetWeeks {

    private final Clock clock;

    TimesheetWeeks(Clock clock) {
        this.clock = clock;
    }

    /** The weeks a timesheet may be for: from the week of the hire to this week, newest first. */
    List<LocalDate> openWeeks(EngagementPage.Header header) {
        if (!header.running() || header.hiredAt() == null) {
            return List.of();
        }
        LocalDate thisWeek = monday(LocalDate.now(clock));
        LocalDate first = monday(LocalDate.ofInstant(header.hiredAt(), ZoneOffset.UTC));
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate week = thisWeek; !week.isBefore(first) && weeks.size() < 26; week = week.minusWeeks(1)) {
            weeks.add(week);
        }
        return weeks;
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
