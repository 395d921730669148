package org.stint.hiring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.stint.posting.Category;

/** One completed micro-internship on a portfolio, with the employer's rating and feedback. */
record PortfolioEntry(
        String companyName,
        String companySlug,
        String postingTitle,
        Category category,
        List<String> skills,
        BigDecimal hoursWorked,
        Instant completedAt,
        Integer rating,
        String feedback,
        String verificationCode) {

    public String hours() {
        return hoursWorked.stripTrailingZeros().toPlainString();
    }

    public LocalDate completedOn() {
        return LocalDate.ofInstant(completedAt, ZoneOffset.UTC);
    }
}
