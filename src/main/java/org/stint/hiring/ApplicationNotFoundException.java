package org.stint.hiring;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such application, or not one the signed-in user may see: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ApplicationNotFoundException extends RuntimeException {

    ApplicationNotFoundException(long id) {
        super("No application " + id);
    }
}
