package org.stint.engagement;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such engagement (or item of one), or not one the signed-in user takes part in: both 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class EngagementNotFoundException extends RuntimeException {

    EngagementNotFoundException(long id) {
        super("No engagement " + id);
    }
}
