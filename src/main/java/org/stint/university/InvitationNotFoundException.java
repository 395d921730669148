package org.stint.university;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An invitation link that is unknown or already used. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class InvitationNotFoundException extends RuntimeException {

    InvitationNotFoundException() {
        super("No pending invitation for that link");
    }
}
