package org.stint.company;

/** The address cannot join this company; nothing is saved. */
class ColleagueRefusedException extends RuntimeException {

    enum Reason {
        ALREADY_MEMBER,
        OTHER_COMPANY,
        NOT_EMPLOYER
    }

    private final Reason reason;

    ColleagueRefusedException(Reason reason) {
        super("Colleague refused: " + reason);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
