package org.stint.hiring;

import java.io.Serializable;

/** A refused step's message with its arguments, carried to the next page as a flash attribute. */
record Refusal(String key, Object[] args) implements Serializable {

    static Refusal of(HiringRefusedException refused) {
        return new Refusal(refused.messageKey(), refused.args());
    }
}
