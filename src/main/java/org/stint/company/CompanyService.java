package org.stint.company;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.AccountService;
import org.stint.account.EmailAddresses;
import org.stint.account.NewAccount;
import org.stint.account.Role;

@Service
@Transactional(readOnly = true)
public class CompanyService {

    /** What an employer's sign-up did: created a company, or joined the one that invited them. */
    record SignupResult(long companyId, boolean joinedByInvitation) {}

    private final CompanyRepository companies;

    private final CompanyMemberRepository members;

    private final CompanyInvitations invitations;

    private final AccountService accounts;

    private final ApplicationEventPublisher events;

    CompanyService(
            CompanyRepository companies,
            CompanyMemberRepository members,
            CompanyInvitations invitations,
            AccountService accounts,
            ApplicationEventPublisher events) {
        this.companies = companies;
        this.members = members;
        this.invitations = invitations;
        this.accounts = accounts;
        this.events = events;
    }

    public Optional<CompanySummary> findById(long id) {
        return companies.findById(id).map(Company::toSummary);
    }

    /** The company behind a public company page address. */
    public Optional<CompanySummary> findBySlug(String slug) {
        return companies.findBySlug(slug).map(Company::toSummary);
    }

    /** Several companies in one query, keyed by id. */
    public Map<Long, CompanySummary> findAll(Collection<Long> ids) {
        return companies.findAllById(ids).stream()
                .map(Company::toSummary)
                .collect(Collectors.toMap(CompanySummary::id, Function.identity()));
    }

    /** The company the employer belongs to. */
    public CompanySummary companyOfMember(long userId) {
        return members.findCompanyOfMember(userId)
                .map(Company::toSummary)
                .orElseThrow(() -> new CompanyNotFoundException("member " + userId));
    }

    /** The id of the company this user is a member of: the ownership check of employer pages. */
    public long companyIdOfMember(long userId) {
        return members.findCompanyIdOfMember(userId)
                .orElseThrow(() -> new CompanyNotFoundException("member " + userId));
    }

    /** The user ids of a company's members, to tell them what happened. */
    public List<Long> memberIds(long companyId) {
        return members.findMemberIds(companyId);
    }

    /**
     * Opens the employer's account. An address a company invited joins that company (the first
     * that invited it); any other creates the company from the form and becomes its first member.
     */
    @Transactional
    SignupResult signUp(EmployerSignupForm form) {
        long userId = accounts.register(new NewAccount(form.email(), form.password(), form.name(), Role.EMPLOYER));
        String email = EmailAddresses.normalize(form.email());
        Optional<Long> invited = invitations.pendingCompanyFor(email);
        if (invited.isPresent()) {
            members.save(new CompanyMember(userId, invited.get()));
            invitations.accept(invited.get(), email);
            return new SignupResult(invited.get(), true);
        }
        Company company = companies.save(new Company(
                form.companyName().strip(),
                uniqueSlug(form.companyName()),
                blankToNull(form.website()),
                blankToNull(form.industry()),
                form.country()));
        members.save(new CompanyMember(userId, company.getId()));
        return new SignupResult(company.getId(), false);
    }

    /** Whether some company waits for this address to sign up (then the sign-up needs no company details). */
    boolean isInvited(String email) {
        return invitations.pendingCompanyFor(EmailAddresses.normalize(email)).isPresent();
    }

    /** Saves the profile of the member's own company. */
    @Transactional
    void updateProfile(long memberUserId, CompanyProfileForm form) {
        Company company = ownCompany(memberUserId);
        company.updateProfile(
                form.name().strip(),
                blankToNull(form.website()),
                blankToNull(form.industry()),
                form.country(),
                blankToNull(form.about()));
    }

    List<CompanyMemberRow> members(long companyId) {
        return invitations.members(companyId);
    }

    List<PendingInvitation> pendingInvitations(long companyId) {
        return invitations.pending(companyId);
    }

    /**
     * Adds a colleague to the member's own company: an employer account without a company joins at
     * once; an address without an account is invited and joins when it signs up.
     *
     * @throws ColleagueRefusedException for a member of this or another company, or a non-employer
     */
    @Transactional
    ColleagueAdded addColleague(long memberUserId, String email) {
        Company company = ownCompany(memberUserId);
        long companyId = company.getId();
        String address = EmailAddresses.normalize(email);
        Optional<CompanyInvitations.Account> account = invitations.accountWithEmail(address);
        if (account.isEmpty()) {
            invitations.record(companyId, address, memberUserId, false);
            events.publishEvent(
                    new ColleagueInvited(companyId, company.toSummary().name(), address));
            return ColleagueAdded.INVITED;
        }
        CompanyInvitations.Account existing = account.get();
        if (existing.companyId() != null) {
            throw new ColleagueRefusedException(
                    existing.companyId() == companyId
                            ? ColleagueRefusedException.Reason.ALREADY_MEMBER
                            : ColleagueRefusedException.Reason.OTHER_COMPANY);
        }
        if (!Role.EMPLOYER.name().equals(existing.role())) {
            throw new ColleagueRefusedException(ColleagueRefusedException.Reason.NOT_EMPLOYER);
        }
        if (!invitations.join(existing.userId(), companyId)) {
            throw new ColleagueRefusedException(ColleagueRefusedException.Reason.OTHER_COMPANY);
        }
        invitations.record(companyId, address, memberUserId, true);
        return ColleagueAdded.JOINED;
    }

    private Company ownCompany(long memberUserId) {
        return members.findCompanyOfMember(memberUserId)
                .orElseThrow(() -> new CompanyNotFoundException("member " + memberUserId));
    }

    private String uniqueSlug(String name) {
        String base = Slugs.of(name);
        String slug = base;
        for (int n = 2; companies.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
