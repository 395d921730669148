package org.stint.account;

/**
 * A link that proves the account's e-mail address is to be sent to it. The token is the link's
 * secret; it works once and for {@code validForHours}.
 */
public record EmailVerificationRequested(String email, String displayName, String token, long validForHours) {}
