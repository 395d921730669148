package org.stint.hiring;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

record PaymentForm(
        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
        BigDecimal amount,

        @NotBlank @Pattern(regexp = "^(USD|GBP|INR|EUR)$") String currency,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent
        LocalDate paidOn,

        @Size(max = 100) String reference,
        @Size(max = 1000) String note) {}
