package org.stint.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An amount of money in minor units (cents, pence, paise) of one of the currencies Stint pays in.
 * Formatting follows the currency's home locale, so INR amounts use Indian digit grouping.
 */
public record Money(long minorUnits, Currency currency) {

    private static final Map<String, Locale> HOME_LOCALES =
            Map.of("USD", Locale.US, "GBP", Locale.UK, "INR", new Locale("en", "IN"), "EUR", new Locale("en", "IE"));

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currency.getInstance(currencyCode));
    }

    public static Money ofMajor(BigDecimal amount, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        return new Money(
                amount.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency);
    }

    public BigDecimal amount() {
        return BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits());
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minorUnits, factor), currency);
    }

    /** "$1,250", "£18.50", "₹1,20,000": cents are shown only when there are some. */
    public String formatted() {
        boolean whole = minorUnits % (long) Math.pow(10, currency.getDefaultFractionDigits()) == 0;
        // a copy of the currency's format: looking one up through the locale providers costs far more
        NumberFormat format = (NumberFormat)
                FORMATS.computeIfAbsent(currency, Money::currencyFormat).clone();
        format.setMinimumFractionDigits(whole ? 0 : currency.getDefaultFractionDigits());
        String text = format.format(amount());
        return currency.getCurrencyCode().equals("INR") ? indianGrouping(text) : text;
    }

    private static final Map<Currency, NumberFormat> FORMATS = new ConcurrentHashMap<>();

    private static NumberFormat currencyFormat(Currency currency) {
        NumberFormat format =
                NumberFormat.getCurrencyInstance(HOME_LOCALES.getOrDefault(currency.getCurrencyCode(), Locale.US));
        format.setCurrency(currency);
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format;
    }

    /** java.text groups every three digits; India groups lakhs and crores: 1,20,00,000. */
    private static String indianGrouping(String text) {
        int start = 0;
        while (start < text.length() && !Character.isDigit(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == ',')) {
            end++;
        }
        String digits = text.substring(start, end).replace(",", "");
        StringBuilder grouped = new StringBuilder();
        int head = digits.length() - 3;
        if (head <= 0) {
            grouped.append(digits);
        } else {
            String first = digits.substring(0, head);
            for (int i = 0; i < first.length(); i++) {
                if (i > 0 && (first.length() - i) % 2 == 0) {
                    grouped.append(',');
                }
                grouped.append(first.charAt(i));
            }
            grouped.append(',').append(digits.substring(head));
        }
        return text.substring(0, start) + grouped + text.substring(end);
    }

    @Override
    public String toString() {
        return formatted();
    }
}
