package org.stint.posting;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class PostingNotFoundException extends RuntimeException {

    public PostingNotFoundException(long id) {
        super("No posting " + id);
    }
}
