package org.stint.university;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class UniversityNotFoundException extends RuntimeException {

    UniversityNotFoundException(long id) {
        super("No university for " + id);
    }
}
