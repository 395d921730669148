package org.stint.hiring;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No public portfolio or verification record at that address (or it is not public). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PortfolioNotFoundException extends RuntimeException {

    PortfolioNotFoundException(String what) {
        super("Nothing public at " + what);
    }
}
