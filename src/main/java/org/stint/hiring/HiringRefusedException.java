package org.stint.hiring;

/** A step the rules do not allow now; the message key (and its arguments) tell the person why, on the page. */
class HiringRefusedException extends RuntimeException {

    private final String messageKey;

    private final Object[] args;

    HiringRefusedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args;
    }
}
