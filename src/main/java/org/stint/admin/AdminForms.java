package org.stint.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

final class AdminForms {

    private AdminForms() {}

    record UniversityForm(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "[A-Za-z]{2}") String country,
            @NotBlank @Size(max = 1000) String domains,
            @NotBlank @Email @Size(max = 254) String staffEmail) {

        static UniversityForm empty() {
            return new UniversityForm("", "", "", "");
        }
    }

    record HideForm(@NotBlank @Size(min = 5, max = 1000) String reason) {}
}
