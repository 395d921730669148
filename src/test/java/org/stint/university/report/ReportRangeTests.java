package org.stint.university.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportRangeTests {

    private final LocalDate today = LocalDate.of(2026, 11, 29);

    @Test
    void defaultsToTheLastTwelveCalendarMonths() {
        ReportRange range = ReportRange.of(null, null, today);
        assertThat(range.from()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(range.to()).isEqualTo(today);
        assertThat(range.months())
                .hasSize(12)
                .startsWith(YearMonth.of(2025, 12))
                .endsWith(YearMonth.of(2026, 11));
    }

    @Test
    void swapsReversedDatesAndCapsTheSpan() {
        ReportRange swapped = ReportRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 1, 1), today);
        assertThat(swapped.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(swapped.toExclusive()).isEqualTo(LocalDate.of(2026, 3, 2));
        ReportRange capped = ReportRange.of(LocalDate.of(1990, 1, 1), today, today);
        assertThat(capped.from()).isEqualTo(LocalDate.of(2016, 11, 30));
    }
}
