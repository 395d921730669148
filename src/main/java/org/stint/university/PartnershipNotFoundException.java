package org.stint.university;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such partnership for this university's staff (also when it belongs to another university). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PartnershipNotFoundException extends RuntimeException {

    PartnershipNotFoundException(long id) {
        super("No partnership " + id + " here");
    }
}
