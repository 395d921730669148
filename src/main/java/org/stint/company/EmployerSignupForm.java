package org.stint.company;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.stint.account.PasswordLength;

record EmployerSignupForm(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @PasswordLength String password,
        // Required unless a company invited this address: see EmployerSignupFormValidator.
        @Size(max = 200) String companyName,

        @Size(max = 300) @Pattern(regexp = "^$|^https?://\\S+$", message = "{company.signup.website.invalid}")
        String website,

        @Size(max = 100) String industry,

        @Pattern(regexp = "^$|^[A-Z]{2}$", message = "{company.signup.country.invalid}")
        String country) {

    static EmployerSignupForm empty() {
        return new EmployerSignupForm("", "", "", "", "", "", "");
    }
}
