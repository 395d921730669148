package org.stint.student;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.stint.account.PasswordLength;

record StudentSignupForm(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @PasswordLength String password,
        @Size(max = 200) String programme,

        @NotBlank @Pattern(regexp = "^\\s*20[0-4][0-9]\\s*$")
        String graduationYear) {

    Short graduationYearValue() {
        return Short.valueOf(graduationYear.strip());
    }

    static StudentSignupForm empty() {
        return new StudentSignupForm("", "", "", "", "");
    }
}
