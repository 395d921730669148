package org.stint.posting;

/** A lifecycle step not allowed now (publishing a closed posting, say); carries a message key. */
public class PostingLifecycleException extends RuntimeException {

    private final String messageKey;

    public PostingLifecycleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
