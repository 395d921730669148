package org.stint.university;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.EmailAddresses;

@Service
@Transactional(readOnly = true)
public class UniversityService {

    private final UniversityRepository universities;

    private final JdbcClient jdbc;

    UniversityService(UniversityRepository universities, JdbcClient jdbc) {
        this.universities = universities;
        this.jdbc = jdbc;
    }

    /** The university whose domain the address belongs to; sub-domains count (cs.northbridge.edu). */
    public Optional<UniversityRef> findByEmail(String email) {
        String domain = EmailAddresses.domainOf(email);
        while (!domain.isEmpty()) {
            Optional<University> found = universities.findByDomain(domain);
            if (found.isPresent()) {
                return found.map(University::toRef);
            }
            int dot = domain.indexOf('.');
            domain = dot < 0 ? "" : domain.substring(dot + 1);
        }
        return Optional.empty();
    }

    public Optional<UniversityRef> findById(long id) {
        return universities.findById(id).map(University::toRef);
    }

    /**
     * The university a career-office staff member works for: every staff page asks, so one plain
     * statement without a JPA transaction (loading the entity through a native query in one was a
     * fifth of the dashboard's CPU time).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public UniversityRef universityOfStaff(long staffUserId) {
        return jdbc.sql("""
                        select u.id, u.name, u.country from universities u
                        join university_staff s on s.university_id = u.id
                        where s.user_id = :user
                        """)
                .param("user", staffUserId)
                .query((rs, row) -> new UniversityRef(rs.getLong("id"), rs.getString("name"), rs.getString("country")))
                .optional()
                .orElseThrow(() -> new UniversityNotFoundException(staffUserId));
    }

    /** The career-office staff of a university (for notices). */
    public List<Long> staffOf(long universityId) {
        return universities.findStaffUserIds(universityId);
    }

    /** Issue #4: whether the university's students see only vetted partners' postings. */
    @Transactional
    void setPartnerOnly(long staffUserId, boolean partnerOnly) {
        staffUniversity(staffUserId).setPartnerOnly(partnerOnly);
    }

    University staffUniversity(long staffUserId) {
        return universities
                .findByStaffMember(staffUserId)
                .orElseThrow(() -> new UniversityNotFoundException(staffUserId));
    }

    StaffOverview overviewFor(long staffUserId) {
        University university = universities
                .findByStaffMember(staffUserId)
                .orElseThrow(() -> new UniversityNotFoundException(staffUserId));
        return new StaffOverview(
                university.toRef(),
                university.getDomains().stream().sorted().toList(),
                university.isPartnerOnly(),
                universities.countStudents(university.getId()),
                universities.countApplications(university.getId()));
    }
}
