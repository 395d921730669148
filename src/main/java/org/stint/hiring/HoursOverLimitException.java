package org.stint.hiring;

/**
 * Hours beyond what the posting asks for, sent without the confirmation and reason that such a
 * figure needs. The message key and its arguments say which limit, for the message next to the
 * field; {@code field} names the form field the message belongs to.
 */
public class HoursOverLimitException extends RuntimeException {

    private final String messageKey;

    private final String field;

    private final transient Object[] args;

    public HoursOverLimitException(String messageKey, String field, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.field = field;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] args() {
        return args.clone();
    }
}
