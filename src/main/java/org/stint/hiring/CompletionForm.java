package org.stint.hiring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * "Mark complete": the hours worked, typed only when no timesheet was approved (otherwise the
 * approved timesheets' total is used); beyond the posting's hours a confirmation and a reason.
 */
record CompletionForm(
        @DecimalMin("0.5") @DecimalMax("1040") @Digits(integer = 4, fraction = 1)
        BigDecimal hoursWorked,

        Boolean confirmOver,
        @Size(max = 500) String overReason) {

    boolean confirmed() {
        return Boolean.TRUE.equals(confirmOver);
    }
}
