package org.stint.university;

/** Staff approved a company as a vetted partner; the company's members are told. */
public record PartnershipApproved(
        long partnershipId, long universityId, String universityName, long companyId, long decidedBy) {}
