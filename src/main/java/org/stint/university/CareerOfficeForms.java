package org.stint.university;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.stint.account.PasswordLength;

/** The form records of the career office's and the employer's partnership pages. */
final class CareerOfficeForms {

    private CareerOfficeForms() {}

    /** Decline or revoke: the reason is shown to the company. */
    record DecisionForm(@NotBlank @Size(max = 1000) String reason) {

        static DecisionForm empty() {
            return new DecisionForm("");
        }
    }

    /** A company asks a university for partnership. */
    record RequestForm(
            @NotNull Long universityId, @Size(max = 1000) String message) {

        static RequestForm empty() {
            return new RequestForm(null, "");
        }
    }

    record InviteForm(@NotBlank @Email @Size(max = 254) String email) {

        static InviteForm empty() {
            return new InviteForm("");
        }
    }

    record RecommendForm(
            @NotNull Long postingId, @Size(max = 300) String note) {}

    record SettingsForm(boolean partnerOnly) {}

    /**
     * The default weekly hour cap of the university's students and the term it applies in. A cap
     * needs both dates; the term ends on or after it starts (checked in {@link #check}).
     */
    record HourCapForm(
            @jakarta.validation.constraints.Pattern(regexp = "^\\s*$|^\\s*([1-9]|[1-5][0-9]|60)\\s*$")
            String defaultWeeklyHourCap,

            @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
            java.time.LocalDate termStartsOn,

            @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
            java.time.LocalDate termEndsOn) {

        Short capValue() {
            return defaultWeeklyHourCap == null || defaultWeeklyHourCap.isBlank()
                    ? null
                    : Short.valueOf(defaultWeeklyHourCap.strip());
        }

        /** Cross-field rules, as field errors. */
        void check(org.springframework.validation.Errors errors) {
            if (errors.hasErrors()) {
                return;
            }
            if ((termStartsOn == null) != (termEndsOn == null)) {
                errors.rejectValue(
                        termStartsOn == null ? "termStartsOn" : "termEndsOn", "university.settings.term.both");
            } else if (termStartsOn != null && termEndsOn.isBefore(termStartsOn)) {
                errors.rejectValue("termEndsOn", "university.settings.term.order");
            } else if (capValue() != null && termStartsOn == null) {
                errors.rejectValue("termStartsOn", "university.settings.term.needed");
            }
        }
    }

    record StaffSignupForm(
            @NotBlank @Size(max = 120) String name,
            @NotBlank @PasswordLength String password) {

        static StaffSignupForm empty() {
            return new StaffSignupForm("", "");
        }
    }
}
