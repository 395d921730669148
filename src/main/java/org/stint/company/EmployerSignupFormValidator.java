package org.stint.company;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Company name and country are needed to create a company, but not when a company invited this
 * address: the new employer joins that company instead.
 */
class EmployerSignupFormValidator implements Validator {

    private final CompanyService companies;

    EmployerSignupFormValidator(CompanyService companies) {
        this.companies = companies;
    }

    @Override
    public boolean supports(Class<?> type) {
        return EmployerSignupForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        EmployerSignupForm form = (EmployerSignupForm) target;
        boolean invited = !errors.hasFieldErrors("email") && companies.isInvited(form.email());
        if (invited) {
            return;
        }
        if (isBlank(form.companyName())) {
            errors.rejectValue("companyName", "NotBlank");
        }
        if (isBlank(form.country()) && !errors.hasFieldErrors("country")) {
            errors.rejectValue("country", "NotBlank");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
