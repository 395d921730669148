package org.stint.hiring;

import java.math.BigDecimal;

/**
 * The hours a posting asks for, and when a figure goes beyond them: a week above its hours per
 * week, or a total above hours per week × weeks by more than 10 %. Beyond them a figure is not
 * refused, but needs an explicit confirmation with a reason (a busy week happens; a typo of 500
 * hours on a 45-hour posting should not pass silently).
 */
public record HourLimits(int hoursPerWeek, int weeks) {

    /** How far above hours per week × weeks a total may go without a confirmation. */
    public static final BigDecimal TOLERANCE = new BigDecimal("1.10");

    /** The most a total may be without a confirmation: hours per week × weeks + 10 %. */
    public BigDecimal totalLimit() {
        return BigDecimal.valueOf((long) hoursPerWeek * weeks)
                .multiply(TOLERANCE)
                .stripTrailingZeros();
    }

    /** Hours per week × weeks, as the posting planned. */
    public int plannedTotal() {
        return hoursPerWeek * weeks;
    }

    public boolean weekOver(BigDecimal hours) {
        return hours.compareTo(BigDecimal.valueOf(hoursPerWeek)) > 0;
    }

    public boolean totalOver(BigDecimal total) {
        return total.compareTo(totalLimit()) > 0;
    }

    /** "45" or "49.5": a limit as people write it. */
    public String totalLimitText() {
        return totalLimit().toPlainString();
    }

    /**
     * Lets a figure within the limits pass; beyond them it needs the confirmation ticked and a
     * reason given.
     *
     * @param week the week's hours, or null when only a total is at stake
     * @param total the total the figure makes
     * @return whether the figure is beyond the limits (so the caller keeps the reason)
     * @throws HoursOverLimitException naming the limit and the field for its message
     */
    public boolean requireConfirmation(
            BigDecimal week,
            BigDecimal total,
            boolean confirmed,
            String reason,
            String hoursField,
            String reasonField) {
        boolean overWeek = week != null && weekOver(week);
        boolean overTotal = totalOver(total);
        if (!overWeek && !overTotal) {
            return false;
        }
        if (!confirmed) {
            if (overWeek) {
                throw new HoursOverLimitException("hiring.hours.overWeek", hoursField, text(week), hoursPerWeek);
            }
            throw new HoursOverLimitException(
                    "hiring.hours.overTotal", hoursField, text(total), hoursPerWeek, weeks, totalLimitText());
        }
        if (reason == null || reason.isBlank()) {
            throw new HoursOverLimitException("hiring.hours.reasonRequired", reasonField);
        }
        return true;
    }

    /** "36", "37.5": hours as people write them. */
    public static String text(BigDecimal hours) {
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString();
    }
}
