package org.stint.posting.employer;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Rules that involve more than one field of {@link PostingForm}. */
class PostingFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return PostingForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        PostingForm form = (PostingForm) target;
        if (form.needsCity() && !errors.hasFieldErrors("city")) {
            errors.rejectValue("city", "posting.form.city.required");
        }
        if (form.skillList().size() > PostingForm.MAX_SKILLS && !errors.hasFieldErrors("skills")) {
            errors.rejectValue("skills", "posting.form.skills.tooMany");
        }
        if (form.skillList().stream().anyMatch(s -> s.length() > 40) && !errors.hasFieldErrors("skills")) {
            errors.rejectValue("skills", "posting.form.skills.tooLong");
        }
    }
}
