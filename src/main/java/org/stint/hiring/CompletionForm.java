package org.stint.hiring;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

record CompletionForm(
        @NotNull @DecimalMin("0.5") @DecimalMax("1040") @Digits(integer = 4, fraction = 1)
        BigDecimal hoursWorked) {}
