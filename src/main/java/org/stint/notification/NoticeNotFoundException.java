package org.stint.notification;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such notice, or another user's: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class NoticeNotFoundException extends RuntimeException {

    NoticeNotFoundException() {
        super("No such notice");
    }
}
