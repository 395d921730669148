package org.stint.account;

/**
 * Someone asked to reset the password of the account with this address: a link to choose a new
 * one is to be sent to it. The token works once and for {@code validForMinutes}.
 */
public record PasswordResetRequested(String email, String displayName, String token, long validForMinutes) {}
