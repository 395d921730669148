package org.stint.account;

/** An account as other modules see it. */
public record AccountSummary(long id, String email, String displayName, Role role) {}
