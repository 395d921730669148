package org.stint.hiring;

/** A student disputed the pay of a completed engagement; the company and their career office are told. */
public record PaymentDisputed(
        long applicationId,
        long disputeId,
        long companyId,
        long universityId,
        String postingTitle,
        String studentName) {}
