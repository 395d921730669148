package org.stint.company;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.AccountService;
import org.stint.account.NewAccount;
import org.stint.account.Role;

@Service
@Transactional(readOnly = true)
public class CompanyService {

    private final CompanyRepository companies;

    private final CompanyMemberRepository members;

    private final AccountService accounts;

    CompanyService(CompanyRepository companies, CompanyMemberRepository members, AccountService accounts) {
        this.companies = companies;
        this.members = members;
        this.accounts = accounts;
    }

    public Optional<CompanySummary> findById(long id) {
        return companies.findById(id).map(Company::toSummary);
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

    /** The user ids of a company's members, to tell them what happened. */
    public List<Long> memberIds(long companyId) {
        return members.findMemberIds(companyId);
    }

    /** Opens the employer's account, creates the company and makes them its first member. */
    @Transactional
    long signUp(EmployerSignupForm form) {
        long userId = accounts.register(new NewAccount(form.email(), form.password(), form.name(), Role.EMPLOYER));
        Company company = companies.save(new Company(
                form.companyName().strip(),
                uniqueSlug(form.companyName()),
                blankToNull(form.website()),
                blankToNull(form.industry()),
                form.country()));
        members.save(new CompanyMember(userId, company.getId()));
        return company.getId();
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
