package org.stint.university;

/** An invitation that cannot be made or used (the message key says why). */
public class InvitationException extends RuntimeException {

    private final String messageKey;

    public InvitationException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
