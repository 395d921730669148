package org.stint.posting.employer;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.stint.posting.Category;
import org.stint.posting.PayType;
import org.stint.posting.WorkMode;

/** What an employer types to create or edit a posting. City is required unless the work is remote. */
public record PostingForm(
        @NotBlank @Size(min = 5, max = 120) String title,
        @NotBlank @Size(min = 20, max = 10000) String description,
        @NotNull Category category,
        @Size(max = 600) String skills,
        @NotNull @Min(1) @Max(40) Integer hoursPerWeek,
        @NotNull @Min(1) @Max(26) Integer durationWeeks,
        @NotNull WorkMode workMode,
        @Size(max = 100) String city,
        @NotBlank @Pattern(regexp = "^[A-Z]{2}$") String country,

        @NotNull @DecimalMin(value = "0.01") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2)
        BigDecimal payAmount,

        @NotBlank @Pattern(regexp = "^(USD|GBP|INR|EUR)$") String payCurrency,
        @NotNull PayType payType,
        @NotNull @Min(1) @Max(50) Integer openings,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Future
        LocalDate applicationDeadline) {

    static final int MAX_SKILLS = 15;

    static PostingForm blank() {
        return new PostingForm(
                null,
                null,
                null,
                null,
                20,
                4,
                WorkMode.REMOTE,
                null,
                null,
                null,
                "USD",
                PayType.FIXED,
                1,
                LocalDate.now().plusWeeks(3));
    }

    public List<String> skillList() {
        if (skills == null || skills.isBlank()) {
            return List.of();
        }
        return Arrays.stream(skills.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    boolean needsCity() {
        return workMode != null && workMode != WorkMode.REMOTE && (city == null || city.isBlank());
    }
}
