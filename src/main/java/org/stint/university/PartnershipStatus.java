package org.stint.university;

/** Where a company stands with one university. */
public enum PartnershipStatus {
    REQUESTED,
    APPROVED,
    DECLINED,
    REVOKED
}
