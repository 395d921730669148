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
import java.util.List;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The payment record. The currency is picked from {@link #CURRENCIES}; a code sent in lower case
 * ("usd") means the same currency.
 */
record PaymentForm(
        @NotNull @DecimalMin("0.01") @Digits(integer = 10, fraction = 2)
        BigDecimal amount,

        @NotBlank @Pattern(regexp = "^(USD|GBP|INR|EUR)$") String currency,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PastOrPresent
        LocalDate paidOn,

        @Size(max = 100) String reference,
        @Size(max = 1000) String note) {

    /** The currencies Stint pays in, in the order the form offers them. */
    static final List<String> CURRENCIES = List.of("USD", "GBP", "INR", "EUR");

    PaymentForm {
        currency = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
    }
}
