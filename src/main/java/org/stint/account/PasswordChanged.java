package org.stint.account;

/**
 * An account's password changed: its open sessions end (all of them after a reset by e-mail; all
 * but the session of the request that changed it, when {@code keepCurrentSession}, from the account
 * settings), and the owner is told by e-mail, in case it was not them.
 */
public record PasswordChanged(long userId, String email, String displayName, boolean keepCurrentSession) {}
