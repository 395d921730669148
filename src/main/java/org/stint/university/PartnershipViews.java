package org.stint.university;

import java.time.Instant;
import java.util.List;

/** Read-only views of partnerships for the staff's and the employer's pages. */
final class PartnershipViews {

    private PartnershipViews() {}

    /** One line of the staff's lists. */
    record Row(
            long id,
            long companyId,
            String companyName,
            PartnershipStatus status,
            Instant requestedAt,
            Instant decidedAt,
            String reason) {}

    /** A member's e-mail domain and whether it matches the company's website. */
    record MemberDomain(String domain, long members, boolean matchesWebsite) {}

    /** What staff judge a company by: no other university's notes, only counts. */
    record Evidence(
            String companyName,
            String website,
            String websiteHost,
            String industry,
            String country,
            Instant onStintSince,
            long daysOnStint,
            List<MemberDomain> memberDomains,
            long publishedPostings,
            long openPostings,
            long completedEngagements,
            Double averageRating,
            long ratings,
            long otherApproved,
            long otherDeclined,
            long otherRevoked) {

        boolean allDomainsMatch() {
            return !memberDomains.isEmpty() && memberDomains.stream().allMatch(MemberDomain::matchesWebsite);
        }

        public boolean domainsMatch() {
            return allDomainsMatch();
        }
    }

    /** One decision or request in the history: who, when, why. */
    record HistoryEntry(PartnershipStatus status, String note, String actorName, Instant occurredAt) {}

    record Detail(
            long id,
            PartnershipStatus status,
            String message,
            String reason,
            Instant requestedAt,
            Evidence evidence,
            List<HistoryEntry> history) {}

    /** The employer's view: every university, and where their company stands with it. */
    record CompanyRow(
            long universityId,
            String universityName,
            String country,
            PartnershipStatus status,
            String reason,
            Instant decidedAt) {

        public boolean canRequest() {
            return status == null || status == PartnershipStatus.DECLINED;
        }
    }
}
