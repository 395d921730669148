package org.stint.account;

/** The "current password" given to change a password is not the account's password. */
class WrongPasswordException extends RuntimeException {

    WrongPasswordException() {
        super("The current password does not match");
    }
}
