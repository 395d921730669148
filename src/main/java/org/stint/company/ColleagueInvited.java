package org.stint.company;

/** A company member invited a colleague who has no account yet; they join when they sign up. */
public record ColleagueInvited(long companyId, String companyName, String email) {}
