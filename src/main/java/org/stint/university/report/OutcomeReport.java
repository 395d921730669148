package org.stint.university.report;

import java.time.YearMonth;
import java.util.List;

/**
 * A university's outcome report for a range: totals and breakdowns, read from the summaries
 * PostgreSQL keeps per month. {@code firstMonth} is the university's first month with any event
 * (null without any), for the month choices.
 */
record OutcomeReport(
        String universityName,
        ReportRange range,
        YearMonth firstMonth,
        OutcomeFigures totals,
        List<Group<YearMonth>> byMonth,
        List<Group<String>> byCompany,
        List<Group<String>> byCategory,
        List<Group<String>> topPartners) {

    /** One row of a breakdown: the group's key (month, company name or category) and its figures. */
    record Group<K>(K key, OutcomeFigures figures) {}

    static final List<String> CURRENCIES = List.of("USD", "GBP", "EUR", "INR");
}
