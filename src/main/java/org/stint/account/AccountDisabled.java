package org.stint.account;

/** An administrator disabled an account: it may not sign in, and its open sessions must end. */
public record AccountDisabled(long userId, String email) {}
