package org.stint.account;

/** A step that needs a verified e-mail address (applying, publishing), tried before verifying it. */
public class EmailNotVerifiedException extends RuntimeException {

    public EmailNotVerifiedException(long userId) {
        super("The e-mail address of account " + userId + " is not verified yet");
    }
}
