package org.stint.student;

/** An uploaded file that Stint does not keep as a CV; nothing is saved. */
class CvRejectedException extends RuntimeException {

    enum Reason {
        EMPTY,
        NOT_PDF,
        TOO_LARGE
    }

    private final Reason reason;

    CvRejectedException(Reason reason) {
        super("CV rejected: " + reason);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
