package org.stint.account;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;

/**
 * A new password of at least {@value #MIN_CHARACTERS} characters and at most {@value #MAX_BYTES}
 * bytes in UTF-8: bcrypt reads no more, and Spring Security refuses to hash a longer one. Blank and
 * null are left to {@code @NotBlank}. The message is {@code PasswordLength} in messages.properties.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PasswordLength.Check.class)
public @interface PasswordLength {

    int MIN_CHARACTERS = 10;

    int MAX_BYTES = 72;

    String message() default "Use between 10 and 72 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The rule itself. */
    class Check implements ConstraintValidator<PasswordLength, String> {

        @Override
        public boolean isValid(String password, ConstraintValidatorContext context) {
            return password == null
                    || password.isBlank()
                    || (password.length() >= MIN_CHARACTERS
                            && password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES);
        }
    }
}
