package org.stint.account;

/** What it takes to open an account; the password is still plain text here and hashed on save. */
public record NewAccount(String email, String rawPassword, String displayName, Role role) {}
