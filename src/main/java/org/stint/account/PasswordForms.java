package org.stint.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** The forms of forgotten and changed passwords, and their cross-field rules. */
final class PasswordForms {

    private PasswordForms() {}

    /** "Forgot password?": the address to send a link to. */
    record ResetRequest(@NotBlank @Email @Size(max = 254) String email) {

        static ResetRequest empty() {
            return new ResetRequest("");
        }
    }

    /** A form where a new password is typed twice. */
    interface ChoosesPassword {

        String newPassword();

        String confirmPassword();
    }

    /** The new password chosen through a reset link (the link's token rides along, hidden). */
    record NewPassword(
            String token,
            @NotBlank @PasswordLength String newPassword,
            @NotBlank String confirmPassword) implements ChoosesPassword {

        static NewPassword forToken(String token) {
            return new NewPassword(token, "", "");
        }
    }

    /** Account settings: the current password, then the new one twice. */
    record Change(
            @NotBlank String currentPassword,
            @NotBlank @PasswordLength String newPassword,
            @NotBlank String confirmPassword)
            implements ChoosesPassword {

        static Change empty() {
            return new Change("", "", "");
        }
    }

    /**
     * The new password typed the same twice; when changing, different from the current one. Other
     * forms bound by the same controller pass untouched.
     */
    static final class ChoosesPasswordValidator implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            if (!(target instanceof ChoosesPassword form)) {
                return;
            }
            if (isBlank(form.newPassword()) || isBlank(form.confirmPassword())) {
                return;
            }
            if (!form.newPassword().equals(form.confirmPassword())) {
                errors.rejectValue("confirmPassword", "account.password.confirmPassword.mismatch");
            }
            if (form instanceof Change change && form.newPassword().equals(change.currentPassword())) {
                errors.rejectValue("newPassword", "account.password.newPassword.same");
            }
        }

        private static boolean isBlank(String value) {
            return value == null || value.isBlank();
        }
    }
}
