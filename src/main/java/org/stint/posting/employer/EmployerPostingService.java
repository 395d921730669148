package org.stint.posting.employer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.EmailNotVerifiedException;
import org.stint.account.EmailVerification;
import org.stint.company.CompanyService;
import org.stint.posting.Posting;
import org.stint.posting.PostingLifecycleException;
import org.stint.posting.PostingNotFoundException;
import org.stint.posting.PostingRepository;
import org.stint.posting.PostingStatus;

/**
 * What an employer does with their company's postings. Every method first checks that the
 * posting belongs to the signed-in member's company; another company's posting is "not found".
 */
@Service
class EmployerPostingService {

    private final PostingRepository postings;

    private final CompanyService companies;

    private final EmailVerification verification;

    private final Clock clock;

    private final JdbcClient jdbc;

    EmployerPostingService(
            PostingRepository postings,
            CompanyService companies,
            EmailVerification verification,
            Clock clock,
            JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.postings = postings;
        this.companies = companies;
        this.verification = verification;
        this.clock = clock;
    }

    @Transactional
    long create(long memberId, PostingForm form) {
        long companyId = companies.companyIdOfMember(memberId);
        return postings.save(Posting.draft(companyId, form)).getId();
    }

    /** A posting of the member's company as its edit form shows it: the values and the status. */
    record Editing(PostingForm form, PostingStatus status) {}

    /** @throws PostingNotFoundException for another company's posting (a 404) */
    @Transactional(readOnly = true)
    Editing forEditing(long memberId, long postingId) {
        Posting posting = owned(memberId, postingId);
        return new Editing(posting.toForm(), posting.getStatus());
    }

    /**
     * The status of a posting of the member's company, for its edit form.
     *
     * @throws PostingNotFoundException for another company's posting (a 404)
     */
    @Transactional(readOnly = true)
    PostingStatus statusOfOwned(long memberId, long postingId) {
        return owned(memberId, postingId).getStatus();
    }

    /** @throws PostingLifecycleException when the openings would drop below those already hired */
    @Transactional
    void update(long memberId, long postingId, PostingForm form) {
        Posting posting = postings.findForUpdate(postingId)
                .filter(p -> p.getCompanyId() == companies.companyIdOfMember(memberId))
                .orElseThrow(() -> new PostingNotFoundException(postingId));
        if (form.openings() < postings.countHired(postingId)) {
            throw new PostingLifecycleException("posting.form.openings.belowHired");
        }
        posting.apply(form);
    }

    /** @throws EmailNotVerifiedException until the member's address is verified (drafts stay as they are) */
    @Transactional
    void publish(long memberId, long postingId) {
        Posting posting = owned(memberId, postingId);
        verification.requireVerified(memberId);
        posting.publish(today());
    }

    @Transactional
    void close(long memberId, long postingId) {
        owned(memberId, postingId).close(Posting.ClosedReason.MANUAL);
    }

    /** Opening a posting again publishes it: the member's address must be verified too. */
    @Transactional
    void reopen(long memberId, long postingId) {
        Posting posting = owned(memberId, postingId);
        verification.requireVerified(memberId);
        posting.reopen(today(), postings.countHired(postingId));
    }

    /** The employer's landing page: their company's postings, newest first, with their applicant counts. */
    @Transactional(readOnly = true)
    List<EmployerPostingRow> companyPostings(long companyId) {
        return jdbc.sql("""
                        select p.id, p.title, p.status, p.openings, p.application_deadline,
                               (p.status = 'OPEN' and p.application_deadline < :today) as expired,
                               (select count(*) from applications a where a.posting_id = p.id) as applicants,
                               p.hidden_at is not null as hidden, p.hidden_reason
                        from postings p
                        where p.company_id = :companyId
                        order by p.created_at desc, p.id desc
                        """)
                .param("companyId", companyId)
                .param("today", today())
                .query((rs, row) -> new EmployerPostingRow(
                        rs.getLong("id"),
                        rs.getString("title"),
                        PostingStatus.valueOf(rs.getString("status")),
                        rs.getBoolean("expired"),
                        rs.getInt("openings"),
                        rs.getObject("application_deadline", LocalDate.class),
                        rs.getLong("applicants"),
                        rs.getBoolean("hidden"),
                        rs.getString("hidden_reason")))
                .list();
    }

    private Posting owned(long memberId, long postingId) {
        long companyId = companies.companyIdOfMember(memberId);
        return postings.findById(postingId)
                .filter(p -> p.getCompanyId() == companyId)
                .orElseThrow(() -> new PostingNotFoundException(postingId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
