package org.stint.hiring;

/** A step the rules do not allow now; the message key tells the person why, on the page. */
class HiringRefusedException extends RuntimeException {

    private final String messageKey;

    HiringRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
