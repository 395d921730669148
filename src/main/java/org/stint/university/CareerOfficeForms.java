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

    record StaffSignupForm(
            @NotBlank @Size(max = 120) String name,
            @NotBlank @PasswordLength String password) {

        static StaffSignupForm empty() {
            return new StaffSignupForm("", "");
        }
    }
}
