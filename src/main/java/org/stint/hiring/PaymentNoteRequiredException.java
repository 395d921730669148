package org.stint.hiring;

import org.stint.shared.Money;

/** The payment form needs attention: a different currency, or an amount without a note. */
class PaymentNoteRequiredException extends RuntimeException {

    private final String messageKey;

    private final Money owed;

    PaymentNoteRequiredException(String messageKey, Money owed) {
        super(messageKey);
        this.messageKey = messageKey;
        this.owed = owed;
    }

    String messageKey() {
        return messageKey;
    }

    Money owed() {
        return owed;
    }
}
