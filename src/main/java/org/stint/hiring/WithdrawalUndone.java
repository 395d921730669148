package org.stint.hiring;

/** A student took back their withdrawal within the few minutes allowed; the company is told. */
public record WithdrawalUndone(long applicationId, long companyId, String postingTitle) {}
