package org.stint.account;

/** Sign-ins to this account were paused after repeated wrong passwords; its owner should hear of it. */
public record SignInsPaused(long userId) {}
