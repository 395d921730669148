package org.stint.company;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The company profile as its members edit it; the company itself comes from the member's session. */
record CompanyProfileForm(
        @NotBlank @Size(max = 200) String name,

        @Size(max = 300) @Pattern(regexp = "^$|^https?://\\S+$")
        String website,

        @Size(max = 100) String industry,

        @NotBlank @Pattern(regexp = "^[A-Z]{2}$") String country,

        @Size(max = 4000) String about) {

    static CompanyProfileForm of(CompanySummary company) {
        return new CompanyProfileForm(
                company.name(),
                orEmpty(company.website()),
                orEmpty(company.industry()),
                company.country(),
                orEmpty(company.about()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
