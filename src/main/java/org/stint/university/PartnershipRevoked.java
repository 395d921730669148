package org.stint.university;

/** Staff revoked an approved partnership, with the reason the company is shown. */
public record PartnershipRevoked(
        long partnershipId, long universityId, String universityName, long companyId, long decidedBy, String reason) {}
