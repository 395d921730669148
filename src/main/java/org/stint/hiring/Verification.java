package org.stint.hiring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.stint.posting.Category;

/**
 * The public record of one completed engagement: enough to show it is genuine, nothing private (no
 * e-mail, no pay). The portfolio link appears only if the student made the portfolio public.
 */
record Verification(
        String code,
        String studentName,
        String university,
        String companyName,
        String companySlug,
        String postingTitle,
        Category category,
        BigDecimal hoursWorked,
        Instant hiredAt,
        Instant completedAt,
        Integer rating,
        UUID portfolioId) {

    public String hours() {
        return hoursWorked.stripTrailingZeros().toPlainString();
    }

    public LocalDate hiredOn() {
        return hiredAt == null ? null : LocalDate.ofInstant(hiredAt, ZoneOffset.UTC);
    }

    public LocalDate completedOn() {
        return LocalDate.ofInstant(completedAt, ZoneOffset.UTC);
    }
}
