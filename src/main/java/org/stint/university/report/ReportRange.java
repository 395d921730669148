package org.stint.university.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, both ends included. Without dates: the last twelve calendar months
 * up to today. Reversed dates are swapped; a range is at most ten years.
 */
record ReportRange(LocalDate from, LocalDate to) {

    static final int MAX_YEARS = 10;

    static ReportRange of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? YearMonth.from(end).minusMonths(11).atDay(1) : from;
        if (start.isAfter(end)) {
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        if (ChronoUnit.YEARS.between(start, end) >= MAX_YEARS) {
            start = end.minusYears(MAX_YEARS).plusDays(1);
        }
        return new ReportRange(start, end);
    }

    /** The first day after the range: timestamps are compared with {@code >= from and < toExclusive}. */
    LocalDate toExclusive() {
        return to.plusDays(1);
    }

    /** Every calendar month the range touches, in order. */
    java.util.List<YearMonth> months() {
        java.util.List<YearMonth> months = new java.util.ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }
}
