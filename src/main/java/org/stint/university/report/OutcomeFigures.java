package org.stint.university.report;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.stint.shared.Money;

/**
 * The outcome figures of one group (the whole university, a month, a company or a field). A
 * group of fewer than {@value #MIN_GROUP} students is {@link #suppressed()}: pages and exports
 * show "fewer than 5" instead of its figures, so no small group of students can be singled out.
 *
 * @param students students active in the group: with an application, hire, completion or payment in the range
 * @param earnings payments recorded, in minor units per currency (USD, GBP, INR, EUR)
 */
record OutcomeFigures(
        long students,
        long applications,
        long hires,
        long completions,
        BigDecimal hours,
        Double averageRating,
        Map<String, Long> earnings) {

    static final int MIN_GROUP = 5;

    static final OutcomeFigures NONE = new OutcomeFigures(0, 0, 0, 0, BigDecimal.ZERO, null, Map.of());

    public boolean suppressed() {
        return students < MIN_GROUP;
    }

    /** "1,320" or "1,320.5": hours with thousands separators, no trailing zeros. */
    public String hoursText() {
        java.text.DecimalFormat format = new java.text.DecimalFormat(
                "#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH));
        return format.format(hours == null ? BigDecimal.ZERO : hours);
    }

    /** "$1,200.00 · £300.00", or "" when nothing was paid. */
    public String earningsText() {
        return earnings.entrySet().stream()
                .filter(e -> e.getValue() != null && e.getValue() > 0)
                .map(e -> Money.of(e.getValue(), e.getKey()).formatted())
                .collect(Collectors.joining(" · "));
    }

    public long earned(String currency) {
        Long minor = earnings.get(currency);
        return minor == null ? 0 : minor;
    }
}
