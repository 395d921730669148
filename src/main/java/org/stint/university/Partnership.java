package org.stint.university;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A company's standing with one university. The rules of its life: a request can be approved or
 * declined (with a reason); an approved partnership can be revoked (with a reason); after a
 * decline the company may ask again; after a revocation it may not.
 */
@Entity
@Table(name = "partnerships")
class Partnership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long universityId;

    private Long companyId;

    @Enumerated(EnumType.STRING)
    private PartnershipStatus status;

    private String message;

    private String reason;

    private Long requestedBy;

    private Instant requestedAt;

    private Long decidedBy;

    private Instant decidedAt;

    protected Partnership() {}

    Partnership(long universityId, long companyId, long requestedBy, String message, Instant now) {
        this.universityId = universityId;
        this.companyId = companyId;
        this.status = PartnershipStatus.REQUESTED;
        this.requestedBy = requestedBy;
        this.message = message;
        this.requestedAt = now;
    }

    void requestAgain(long by, String message, Instant now) {
        switch (status) {
            case REQUESTED -> throw new PartnershipStateException("university.partnership.error.alreadyRequested");
            case APPROVED -> throw new PartnershipStateException("university.partnership.error.alreadyApproved");
            case REVOKED -> throw new PartnershipStateException("university.partnership.error.revoked");
            case DECLINED -> {
                status = PartnershipStatus.REQUESTED;
                requestedBy = by;
                requestedAt = now;
                this.message = message;
                reason = null;
                decidedBy = null;
                decidedAt = null;
            }
        }
    }

    void approve(long by, Instant now) {
        require(PartnershipStatus.REQUESTED, "university.partnership.error.notPending");
        decide(PartnershipStatus.APPROVED, by, now, null);
    }

    void decline(long by, Instant now, String why) {
        require(PartnershipStatus.REQUESTED, "university.partnership.error.notPending");
        decide(PartnershipStatus.DECLINED, by, now, requireReason(why));
    }

    void revoke(long by, Instant now, String why) {
        require(PartnershipStatus.APPROVED, "university.partnership.error.notApproved");
        decide(PartnershipStatus.REVOKED, by, now, requireReason(why));
    }

    private void require(PartnershipStatus expected, String key) {
        if (status != expected) {
            throw new PartnershipStateException(key);
        }
    }

    private static String requireReason(String why) {
        if (why == null || why.isBlank()) {
            throw new PartnershipStateException("university.partnership.error.reasonRequired");
        }
        return why.strip();
    }

    private void decide(PartnershipStatus to, long by, Instant now, String why) {
        status = to;
        decidedBy = by;
        decidedAt = now;
        reason = why;
    }

    Long getId() {
        return id;
    }

    Long getUniversityId() {
        return universityId;
    }

    Long getCompanyId() {
        return companyId;
    }

    PartnershipStatus getStatus() {
        return status;
    }

    Instant getRequestedAt() {
        return requestedAt;
    }

    String getMessage() {
        return message;
    }

    String getReason() {
        return reason;
    }
}
