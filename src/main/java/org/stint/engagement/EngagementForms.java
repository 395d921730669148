package org.stint.engagement;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** The engagement page's forms. Field names differ between forms so every id on the page is unique. */
final class EngagementForms {

    private EngagementForms() {}

    record MessageForm(@NotBlank @Size(max = 4000) String body) {}

    /** A deliverable: a title and a link, or a title and a file (sent beside it as "file"). */
    record DeliverableForm(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) String url,
            @Size(max = 1000) String note,
            MultipartFile file) {}

    record ReviewForm(
            @NotNull @Pattern(regexp = "ACCEPTED|CHANGES_REQUESTED")
            String decision,

            @Size(max = 1000) String comment) {}

    record MilestoneForm(
            @NotBlank @Size(max = 200) String milestoneTitle,

            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate dueOn) {}

    record TimesheetForm(
            @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate weekStart,

            @NotNull @DecimalMin("0.5") @DecimalMax("80") @Digits(integer = 2, fraction = 1)
            BigDecimal hours,

            @Size(max = 1000) String timesheetNote,
            Boolean confirmOver,
            @Size(max = 500) String overReason) {

        boolean confirmed() {
            return Boolean.TRUE.equals(confirmOver);
        }
    }

    record QueryForm(@NotBlank @Size(max = 1000) String comment) {}

    record CorrectionForm(
            @NotNull @DecimalMin("0.5") @DecimalMax("80") @Digits(integer = 2, fraction = 1)
            BigDecimal hours,

            @NotBlank @Size(max = 500) String reason,
            Boolean confirmOver) {

        boolean confirmed() {
            return Boolean.TRUE.equals(confirmOver);
        }
    }

    record TotalCorrectionForm(
            @NotNull @DecimalMin("0.5") @DecimalMax("1040") @Digits(integer = 4, fraction = 1)
            BigDecimal totalHours,

            @NotBlank @Size(max = 500) String totalReason,
            Boolean totalConfirm) {

        boolean confirmed() {
            return Boolean.TRUE.equals(totalConfirm);
        }
    }
}
