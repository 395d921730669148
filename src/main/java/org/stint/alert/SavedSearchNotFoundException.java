package org.stint.alert;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class SavedSearchNotFoundException extends RuntimeException {

    SavedSearchNotFoundException() {
        super("No such saved search");
    }
}
