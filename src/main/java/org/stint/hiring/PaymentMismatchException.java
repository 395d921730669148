package org.stint.hiring;

import org.stint.shared.Money;

/**
 * A recorded payment does not match what is owed: another currency than the posting's, or a
 * different amount without a note saying why. The payment form shows the message with the amount.
 */
class PaymentMismatchException extends RuntimeException {

    private final String messageKey;

    private final Money owed;

    PaymentMismatchException(String messageKey, Money owed) {
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
