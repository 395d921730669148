package org.stint.university.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportRangeTests {

    private final YearMonth current = YearMonth.of(2026, 11);

    @Test
    void defaultsToTheLastTwelveMonthsUpToTheCurrentOne() {
        ReportRange range = ReportRange.of(null, null, current);
        assertThat(range.from()).isEqualTo(YearMonth.of(2025, 12));
        assertThat(range.to()).isEqualTo(current);
        assertThat(range.firstDay()).isEqualTo(LocalDate.of(2025, 12, 1));
        assertThat(range.dayAfter()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(range.months())
                .hasSize(12)
                .startsWith(YearMonth.of(2025, 12))
                .endsWith(YearMonth.of(2026, 11));
    }

    @Test
    void onlyAnEndMonthMeansTheTwelveMonthsUpToIt() {
        ReportRange range = ReportRange.of(null, YearMonth.of(2025, 3), current);
        assertThat(range.from()).isEqualTo(YearMonth.of(2024, 4));
        assertThat(range.to()).isEqualTo(YearMonth.of(2025, 3));
    }

    @Test
    void swapsReversedMonthsAndCapsTheSpanAtTenYears() {
        ReportRange swapped = ReportRange.of(YearMonth.of(2026, 3), YearMonth.of(2026, 1), current);
        assertThat(swapped).isEqualTo(new ReportRange(YearMonth.of(2026, 1), YearMonth.of(2026, 3)));
        assertThat(swapped.dayAfter()).isEqualTo(LocalDate.of(2026, 4, 1));
        ReportRange capped = ReportRange.of(YearMonth.of(1990, 1), current, current);
        assertThat(capped.from()).isEqualTo(YearMonth.of(2016, 12));
        assertThat(capped.months()).hasSize(120);
        assertThat(ReportRange.of(YearMonth.of(2016, 12), current, current).from())
                .isEqualTo(YearMonth.of(2016, 12));
    }

    @Test
    void readsMonthsAndTheDaysOfOlderLinks() {
        assertThat(ReportRange.month("2025-03")).isEqualTo(YearMonth.of(2025, 3));
        assertThat(ReportRange.month(" 2025-03-31 ")).isEqualTo(YearMonth.of(2025, 3));
        assertThat(ReportRange.month("")).isNull();
        assertThat(ReportRange.month(null)).isNull();
        assertThat(ReportRange.month("March")).isNull();
        assertThat(ReportRange.month("2025-13")).isNull();
        assertThat(ReportRange.month("2025-02-30")).isNull();
    }

    @Test
    void offersTheMonthsFromTheFirstDataToNowNewestFirst() {
        ReportRange range = ReportRange.of(YearMonth.of(2026, 9), YearMonth.of(2026, 10), current);
        assertThat(range.choices(YearMonth.of(2026, 7), current))
                .containsExactly(
                        YearMonth.of(2026, 11),
                        YearMonth.of(2026, 10),
                        YearMonth.of(2026, 9),
                        YearMonth.of(2026, 8),
                        YearMonth.of(2026, 7));
        assertThat(range.choices(null, current)).startsWith(current).endsWith(YearMonth.of(2026, 9));
    }
}
