package org.stint.university;

/** A decision that does not fit the partnership's current state (the message key says which). */
class PartnershipStateException extends RuntimeException {

    private final String messageKey;

    PartnershipStateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
