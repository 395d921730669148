package org.stint.university;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
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

    /** The university a career-office staff member works for: one statement. */
    @Transactional(readOnly = true)
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

    /** Whether the university's students see only vetted partners' postings. */
    @Transactional
    void setPartnerOnly(long staffUserId, boolean partnerOnly) {
        staffUniversity(staffUserId).setPartnerOnly(partnerOnly);
    }

    /** The default weekly hour cap and term dates, as the settings form shows them. */
    CareerOfficeForms.HourCapForm hourCapForm(long staffUserId) {
        University university = staffUniversity(staffUserId);
        return new CareerOfficeForms.HourCapForm(
                university.getDefaultWeeklyHourCap() == null
                        ? ""
                        : university.getDefaultWeeklyHourCap().toString(),
                university.getTermStartsOn(),
                university.getTermEndsOn());
    }

    /** Sets (or, left empty, clears) the default weekly hour cap of the university's students. */
    @Transactional
    void setHourCap(long staffUserId, CareerOfficeForms.HourCapForm form) {
        staffUniversity(staffUserId).setHourCap(form.capValue(), form.termStartsOn(), form.termEndsOn());
    }

    University staffUniversity(long staffUserId) {
        return universities
                .findByStaffMember(staffUserId)
                .orElseThrow(() -> new UniversityNotFoundException(staffUserId));
    }

    /**
     * The staff member's university at a glance, in one statement: its students, and its
     * applications as the outcome summaries count them (V40), which stay small however many
     * applications there are.
     */
    StaffOverview overviewFor(long staffUserId) {
        return jdbc.sql("""
                        select u.id, u.name, u.country, u.partner_only,
                               array(select d.domain from university_domains d
                                     where d.university_id = u.id order by d.domain) as domains,
                               (select count(*) from students s where s.university_id = u.id) as students,
                               (select coalesce(sum(f.applications), 0) from report_month_figures f
                                where f.university_id = u.id) as applications,
                               (select count(*) from partnerships pa
                                where pa.university_id = u.id and pa.status = 'REQUESTED') as pending_partnerships
                        from universities u join university_staff st on st.university_id = u.id
                        where st.user_id = :user
                        """)
                .param("user", staffUserId)
                .query((rs, row) -> new StaffOverview(
                        new UniversityRef(rs.getLong("id"), rs.getString("name"), rs.getString("country")),
                        List.of((String[]) rs.getArray("domains").getArray()),
                        rs.getBoolean("partner_only"),
                        rs.getLong("students"),
                        rs.getLong("applications"),
                        rs.getLong("pending_partnerships")))
                .optional()
                .orElseThrow(() -> new UniversityNotFoundException(staffUserId));
    }
}
