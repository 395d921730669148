package org.stint.account;

/** How to reach a user: for notices and e-mail. */
public record Contact(long userId, String email, String displayName) {}
