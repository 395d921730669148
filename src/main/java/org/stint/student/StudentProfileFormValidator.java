package org.stint.student;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Skills: at most {@value StudentProfileForm#MAX_SKILLS}, each at most {@value StudentProfileForm#MAX_SKILL_LENGTH} characters. */
class StudentProfileFormValidator implements Validator {

    @Override
    public boolean supports(Class<?> type) {
        return StudentProfileForm.class.isAssignableFrom(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        StudentProfileForm form = (StudentProfileForm) target;
        if (errors.hasFieldErrors("skills")) {
            return;
        }
        var skills = form.skillList();
        if (skills.size() > StudentProfileForm.MAX_SKILLS) {
            errors.rejectValue(
                    "skills", "student.profile.skills.tooMany", new Object[] {StudentProfileForm.MAX_SKILLS}, null);
        } else if (skills.stream().anyMatch(s -> s.length() > StudentProfileForm.MAX_SKILL_LENGTH)) {
            errors.rejectValue(
                    "skills",
                    "student.profile.skills.tooLong",
                    new Object[] {StudentProfileForm.MAX_SKILL_LENGTH},
                    null);
        }
    }
}
