package org.stint.engagement;

/** Input the rules refuse, with the form field its message belongs next to. */
class EngagementFieldException extends RuntimeException {

    private final String field;

    private final String messageKey;

    private final transient Object[] args;

    EngagementFieldException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args.clone();
    }
}
