package org.stint.university;

/** A company asked a university for partnership; the university's staff are told. */
public record PartnershipRequested(
        long partnershipId,
        long universityId,
        String universityName,
        long companyId,
        String companyName,
        String message) {}
