package org.stint.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTests {

    @Test
    void formatsWholeAmountsWithoutCents() {
        assertThat(Money.of(125_000, "USD").formatted()).isEqualTo("$1,250");
        assertThat(Money.of(1_850, "GBP").formatted()).isEqualTo("£18.50");
        assertThat(Money.of(350_000, "EUR").formatted()).isEqualTo("€3,500");
    }

    @Test
    void groupsRupeesTheIndianWay() {
        assertThat(Money.of(12_000_000, "INR").formatted()).isEqualTo("₹1,20,000");
        assertThat(Money.of(1_234_567_800, "INR").formatted()).isEqualTo("₹1,23,45,678");
        assertThat(Money.of(35_000, "INR").formatted()).isEqualTo("₹350");
        assertThat(Money.of(100_050, "INR").formatted()).isEqualTo("₹1,000.50");
    }

    @Test
    void convertsMajorUnitsAndMultiplies() {
        Money rate = Money.ofMajor(new BigDecimal("22.50"), "GBP");
        assertThat(rate.minorUnits()).isEqualTo(2_250);
        assertThat(rate.times(20 * 8).formatted()).isEqualTo("£3,600");
    }
}
