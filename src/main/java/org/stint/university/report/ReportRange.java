package org.stint.university.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole calendar months (UTC) a report covers, both ends included: the figures are kept per
 * month (see docs/reports.md). Without months: the last twelve up to the current one. Reversed
 * months are swapped; a range is at most ten years.
 */
record ReportRange(YearMonth from, YearMonth to) {

    static final int MAX_MONTHS = 10 * 12;

    static ReportRange of(YearMonth from, YearMonth to, YearMonth current) {
        YearMonth end = to == null ? current : to;
        YearMonth start = from == null ? end.minusMonths(11) : from;
        if (start.isAfter(end)) {
            YearMonth swap = start;
            start = end;
            end = swap;
        }
        if (start.plusMonths(MAX_MONTHS - 1).isBefore(end)) {
            start = end.minusMonths(MAX_MONTHS - 1);
        }
        return new ReportRange(start, end);
    }

    /**
     * A request parameter as a month: {@code 2025-03}, or a day ({@code 2025-03-14}, as links
     * made before ranges were months) meaning its month; anything else is no month at all.
     */
    static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return value.length() <= 7 ? YearMonth.parse(value) : YearMonth.from(LocalDate.parse(value));
        } catch (DateTimeParseException notAMonth) {
            return null;
        }
    }

    /** The first day of the range (the engagements export compares days and timestamps). */
    LocalDate firstDay() {
        return from.atDay(1);
    }

    /** The first day after the range: timestamps are compared with {@code >= firstDay and < dayAfter}. */
    LocalDate dayAfter() {
        return to.plusMonths(1).atDay(1);
    }

    /** Every month of the range, in order. */
    List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /**
     * The months a staff member can choose from, newest first: from the university's first month
     * with data (or the range's start, if earlier) to the current month (or the range's end).
     */
    List<YearMonth> choices(YearMonth firstWithData, YearMonth current) {
        YearMonth first = firstWithData == null || from.isBefore(firstWithData) ? from : firstWithData;
        YearMonth last = to.isAfter(current) ? to : current;
        if (first.plusMonths(MAX_MONTHS * 2L).isBefore(last)) {
            first = last.minusMonths(MAX_MONTHS * 2L);
        }
        List<YearMonth> choices = new ArrayList<>();
        for (YearMonth m = last; !m.isBefore(first); m = m.minusMonths(1)) {
            choices.add(m);
        }
        return choices;
    }
}
