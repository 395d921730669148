package org.stint.university;

/** Staff declined a request, with the reason the company is shown; it may ask again. */
public record PartnershipDeclined(
        long partnershipId, long universityId, String universityName, long companyId, long decidedBy, String reason) {}
