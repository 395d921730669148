package org.stint.posting;

import org.stint.shared.Money;

/** What a posting pays: a fee, or an hourly rate with its estimated total over the assignment. */
public record Pay(Money amount, PayType type, int hoursPerWeek, int durationWeeks) {

    public boolean hourly() {
        return type == PayType.HOURLY;
    }

    /** The fee, or rate × hours per week × weeks. */
    public Money estimatedTotal() {
        return hourly() ? amount.times((long) hoursPerWeek * durationWeeks) : amount;
    }
}
