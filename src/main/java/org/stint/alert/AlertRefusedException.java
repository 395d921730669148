package org.stint.alert;

class AlertRefusedException extends RuntimeException {

    private final String messageKey;

    AlertRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
