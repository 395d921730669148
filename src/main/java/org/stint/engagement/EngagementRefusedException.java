package org.stint.engagement;

/** A step the engagement does not allow now (say, a timesheet after completion); the key says why. */
class EngagementRefusedException extends RuntimeException {

    private final String messageKey;

    EngagementRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
