package org.stint.hiring;

import java.time.LocalDate;
import org.stint.shared.Money;

/**
 * What a completed engagement pays, as both sides see it: what is owed, what the company says it
 * paid (with its date, reference and note), and what remains.
 */
record PaySummary(Money owed, Money paid, LocalDate paidOn, String reference, String note) {

    public boolean hasPayment() {
        return paid != null;
    }

    /** The owed amount minus the paid one, in the owed currency (payments are recorded in it). */
    Money outstanding() {
        long paidMinor = paid == null ? 0 : paid.minorUnits();
        return new Money(owed.minorUnits() - paidMinor, owed.currency());
    }

    /** PAID_IN_FULL, UNDERPAID, OVERPAID or UNPAID: which sentence the page shows. */
    public String state() {
        if (paid == null) {
            return "UNPAID";
        }
        long difference = outstanding().minorUnits();
        return difference == 0 ? "PAID_IN_FULL" : difference > 0 ? "UNDERPAID" : "OVERPAID";
    }

    /** The difference as a positive amount, for "… still owed" and "… more than owed". */
    public Money difference() {
        Money outstanding = outstanding();
        return new Money(Math.abs(outstanding.minorUnits()), outstanding.currency());
    }
}
