package org.stint.university;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.company.CompanyService;
import org.stint.company.CompanySummary;
import org.stint.university.PartnershipViews.CompanyRow;
import org.stint.university.PartnershipViews.Detail;
import org.stint.university.PartnershipViews.Evidence;
import org.stint.university.PartnershipViews.HistoryEntry;
import org.stint.university.PartnershipViews.MemberDomain;
import org.stint.university.PartnershipViews.Row;

/**
 * Partnership vetting. Ownership is decided here, never by a request parameter: staff act only on
 * their own university's partnerships (another university's id answers "not found"), employers
 * only for their own company. Every request and decision is kept in {@code partnership_events}.
 */
@Service
@Transactional(readOnly = true)
public class PartnershipService {

    private final PartnershipRepository partnerships;

    private final UniversityRepository universities;

    private final CompanyService companies;

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    PartnershipService(
            PartnershipRepository partnerships,
            UniversityRepository universities,
            CompanyService companies,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.partnerships = partnerships;
        this.universities = universities;
        this.companies = companies;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    // The employer's side: asking for a partnership.

    /** Every university with where the employer's company stands with it. */
    List<CompanyRow> forCompany(long employerUserId) {
        CompanySummary company = companies.companyOfMember(employerUserId);
        return jdbc.sql("""
                        select u.id, u.name, u.country, pa.status, pa.reason, pa.decided_at
                        from universities u
                        left join partnerships pa on pa.university_id = u.id and pa.company_id = :company
                        order by u.name
                        """)
                .param("company", company.id())
                .query((rs, row) -> new CompanyRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("country"),
                        rs.getString("status") == null ? null : PartnershipStatus.valueOf(rs.getString("status")),
                        rs.getString("reason"),
                        instant(rs.getTimestamp("decided_at"))))
                .list();
    }

    /**
     * The employer's company asks the university for partnership (again, after a decline).
     *
     * @throws PartnershipStateException when a request is pending, approved or revoked
     * @throws UniversityNotFoundException when there is no such university
     */
    @Transactional
    void request(long employerUserId, long universityId, String message) {
        CompanySummary company = companies.companyOfMember(employerUserId);
        University university =
                universities.findById(universityId).orElseThrow(() -> new UniversityNotFoundException(universityId));
        Instant now = Instant.now(clock);
        String text = message == null || message.isBlank() ? null : message.strip();
        Partnership partnership = partnerships
                .findByUniversityIdAndCompanyId(universityId, company.id())
                .map(existing -> {
                    existing.requestAgain(employerUserId, text, now);
                    return existing;
                })
                .orElseGet(() ->
                        partnerships.save(new Partnership(universityId, company.id(), employerUserId, text, now)));
        partnerships.flush();
        history(partnership.getId(), PartnershipStatus.REQUESTED, text, employerUserId, now);
        events.publishEvent(new PartnershipRequested(
                partnership.getId(), universityId, university.getName(), company.id(), company.name(), text));
    }

    // The career office's side: deciding.

    /** The staff member's university's partnerships: pending oldest first, then decided newest first. */
    List<Row> forStaff(long staffUserId) {
        University university = staffUniversity(staffUserId);
        return jdbc.sql("""
                        select pa.id, pa.company_id, c.name, pa.status, pa.requested_at, pa.decided_at, pa.reason
                        from partnerships pa join companies c on c.id = pa.company_id
                        where pa.university_id = :university
                        order by (pa.status = 'REQUESTED') desc,
                                 case when pa.status = 'REQUESTED' then pa.requested_at end,
                                 pa.decided_at desc nulls last, pa.id
                        """)
                .param("university", university.getId())
                .query((rs, row) -> new Row(
                        rs.getLong("id"),
                        rs.getLong("company_id"),
                        rs.getString("name"),
                        PartnershipStatus.valueOf(rs.getString("status")),
                        instant(rs.getTimestamp("requested_at")),
                        instant(rs.getTimestamp("decided_at")),
                        rs.getString("reason")))
                .list();
    }

    /** @throws PartnershipNotFoundException also when the partnership is another university's */
    Detail detail(long staffUserId, long partnershipId) {
        University university = staffUniversity(staffUserId);
        Partnership partnership = partnerships
                .findById(partnershipId)
                .filter(p -> p.getUniversityId().equals(university.getId()))
                .orElseThrow(() -> new PartnershipNotFoundException(partnershipId));
        return new Detail(
                partnership.getId(),
                partnership.getStatus(),
                partnership.getMessage(),
                partnership.getReason(),
                partnership.getRequestedAt(),
                evidence(partnership.getCompanyId(), university.getId()),
                history(partnershipId));
    }

    @Transactional
    void approve(long staffUserId, long partnershipId) {
        decide(staffUserId, partnershipId, PartnershipStatus.APPROVED, null);
    }

    @Transactional
    void decline(long staffUserId, long partnershipId, String reason) {
        decide(staffUserId, partnershipId, PartnershipStatus.DECLINED, reason);
    }

    @Transactional
    void revoke(long staffUserId, long partnershipId, String reason) {
        decide(staffUserId, partnershipId, PartnershipStatus.REVOKED, reason);
    }

    /**
     * One decision on the staff member's own university's partnership (locked while deciding),
     * kept in its history with the reason, and published as the event of that decision.
     */
    private void decide(long staffUserId, long partnershipId, PartnershipStatus decision, String reason) {
        University university = staffUniversity(staffUserId);
        Partnership partnership = lockForDecision(partnershipId, university);
        Instant now = Instant.now(clock);
        switch (decision) {
            case APPROVED -> partnership.approve(staffUserId, now);
            case DECLINED -> partnership.decline(staffUserId, now, reason);
            case REVOKED -> partnership.revoke(staffUserId, now, reason);
            case REQUESTED -> throw new IllegalArgumentException("not a decision: " + decision);
        }
        history(partnershipId, decision, partnership.getReason(), staffUserId, now);
        long universityId = university.getId();
        String name = university.getName();
        long companyId = partnership.getCompanyId();
        String why = partnership.getReason();
        events.publishEvent(
                switch (decision) {
                    case APPROVED -> new PartnershipApproved(partnershipId, universityId, name, companyId, staffUserId);
                    case DECLINED ->
                        new PartnershipDeclined(partnershipId, universityId, name, companyId, staffUserId, why);
                    case REVOKED ->
                        new PartnershipRevoked(partnershipId, universityId, name, companyId, staffUserId, why);
                    case REQUESTED -> throw new IllegalArgumentException("not a decision: " + decision);
                });
    }

    private Partnership lockForDecision(long partnershipId, University university) {
        return partnerships
                .findForDecision(partnershipId, university.getId())
                .orElseThrow(() -> new PartnershipNotFoundException(partnershipId));
    }

    private University staffUniversity(long staffUserId) {
        return universities
                .findByStaffMember(staffUserId)
                .orElseThrow(() -> new UniversityNotFoundException(staffUserId));
    }

    Evidence evidence(long companyId, long universityId) {
        CompanySummary company =
                companies.findById(companyId).orElseThrow(() -> new PartnershipNotFoundException(companyId));
        String host = DomainMatch.hostOf(company.website());
        List<MemberDomain> domains = new ArrayList<>();
        jdbc.sql("""
                        select split_part(u.email, '@', 2) as domain, count(*) as members
                        from company_members m join users u on u.id = m.user_id
                        where m.company_id = :company
                        group by 1 order by 2 desc, 1
                        """).param("company", companyId).query(rs -> {
            String domain = rs.getString("domain");
            domains.add(new MemberDomain(domain, rs.getLong("members"), DomainMatch.matches(domain, host)));
        });
        return jdbc.sql("""
                        select c.created_at,
                          (select count(*) from postings p where p.company_id = c.id and p.status <> 'DRAFT') as published,
                          (select count(*) from postings p where p.company_id = c.id and p.status = 'OPEN') as open,
                          (select count(*) from applications a join postings p on p.id = a.posting_id
                            where p.company_id = c.id and a.status = 'COMPLETED') as completed,
                          (select avg(a.employer_rating) from applications a join postings p on p.id = a.posting_id
                            where p.company_id = c.id and a.employer_rating is not null) as rating,
                          (select count(a.employer_rating) from applications a join postings p on p.id = a.posting_id
                            where p.company_id = c.id) as ratings,
                          (select count(*) from partnerships o where o.company_id = c.id
                            and o.university_id <> :university and o.status = 'APPROVED') as approved,
                          (select count(*) from partnerships o where o.company_id = c.id
                            and o.university_id <> :university and o.status = 'DECLINED') as declined,
                          (select count(*) from partnerships o where o.company_id = c.id
                            and o.university_id <> :university and o.status = 'REVOKED') as revoked
                        from companies c where c.id = :company
                        """)
                .param("company", companyId)
                .param("university", universityId)
                .query((rs, row) -> {
                    Instant since = instant(rs.getTimestamp("created_at"));
                    java.math.BigDecimal rating = rs.getBigDecimal("rating");
                    return new Evidence(
                            company.name(),
                            company.website(),
                            host,
                            company.industry(),
                            company.country(),
                            since,
                            Math.max(
                                    0,
                                    Duration.between(since, Instant.now(clock)).toDays()),
                            List.copyOf(domains),
                            rs.getLong("published"),
                            rs.getLong("open"),
                            rs.getLong("completed"),
                            rating == null
                                    ? null
                                    : rating.setScale(1, java.math.RoundingMode.HALF_UP)
                                            .doubleValue(),
                            rs.getLong("ratings"),
                            rs.getLong("approved"),
                            rs.getLong("declined"),
                            rs.getLong("revoked"));
                })
                .single();
    }

    private List<HistoryEntry> history(long partnershipId) {
        return jdbc.sql("""
                        select e.status, e.note, u.display_name, e.occurred_at
                        from partnership_events e join users u on u.id = e.actor_user_id
                        where e.partnership_id = :id
                        order by e.occurred_at, e.id
                        """)
                .param("id", partnershipId)
                .query((rs, row) -> new HistoryEntry(
                        PartnershipStatus.valueOf(rs.getString("status")),
                        rs.getString("note"),
                        rs.getString("display_name"),
                        instant(rs.getTimestamp("occurred_at"))))
                .list();
    }

    private void history(long partnershipId, PartnershipStatus status, String note, long actor, Instant at) {
        jdbc.sql("""
                        insert into partnership_events (partnership_id, status, note, actor_user_id, occurred_at)
                        values (:id, :status, :note, :actor, :at)
                        """)
                .param("id", partnershipId)
                .param("status", status.name())
                .param("note", note)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
