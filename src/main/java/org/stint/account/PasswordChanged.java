package org.stint.account;

/**
 * An account's password changed: its open sessions must end, except {@code keepSessionId} (the
 * session that changed it in the account settings; null after a reset by e-mail, which ends them
 * all). Published for listeners inside the changing transaction only; not stored.
 */
public record PasswordChanged(long userId, String email, String keepSessionId) {}
