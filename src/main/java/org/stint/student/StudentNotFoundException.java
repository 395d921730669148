package org.stint.student;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The signed-in user has no student profile. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class StudentNotFoundException extends RuntimeException {

    StudentNotFoundException(long userId) {
        super("No student profile for user " + userId);
    }
}
