package org.stint.student;

/** The e-mail's domain belongs to no university on Stint. */
class UnknownUniversityException extends RuntimeException {

    UnknownUniversityException(String domain) {
        super("No university uses " + domain);
    }
}
