package org.stint.university;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What platform administrators do with universities: list them and create new ones. */
@Service
@Transactional(readOnly = true)
public class UniversityAdministration {

    /** A university in the administrator's list. */
    public record UniversityRow(
            long id, String name, String country, String domains, boolean partnerOnly, long staff, long students) {}

    private final UniversityRepository universities;

    private final StaffInvitations invitations;

    private final JdbcClient jdbc;

    UniversityAdministration(UniversityRepository universities, StaffInvitations invitations, JdbcClient jdbc) {
        this.universities = universities;
        this.invitations = invitations;
        this.jdbc = jdbc;
    }

    public List<UniversityRow> all() {
        return jdbc.sql("""
                        select u.id, u.name, u.country, u.partner_only,
                          (select string_agg(d.domain, ', ' order by d.domain) from university_domains d
                            where d.university_id = u.id) as domains,
                          (select count(*) from university_staff s where s.university_id = u.id) as staff,
                          (select count(*) from students s where s.university_id = u.id) as students
                        from universities u order by u.name
                        """)
                .query((rs, row) -> new UniversityRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("country"),
                        rs.getString("domains"),
                        rs.getBoolean("partner_only"),
                        rs.getLong("staff"),
                        rs.getLong("students")))
                .list();
    }

    /**
     * Creates a university with its e-mail domains and invites its first staff member.
     *
     * @return the invitation (its link is shown to the administrator as well as e-mailed)
     * @throws InvitationException when the name or a domain is taken, or the staff e-mail does not
     *     use one of the domains
     */
    @Transactional
    public StaffInvitation create(String name, String country, String domainList, String staffEmail, long adminUserId) {
        Set<String> domains = domains(domainList);
        if (domains.isEmpty()) {
            throw new InvitationException("admin.universities.error.domains");
        }
        if (universities.existsByNameIgnoreCase(name.strip())) {
            throw new InvitationException("admin.universities.error.name");
        }
        boolean domainTaken = jdbc.sql("select exists (select 1 from university_domains where domain in (:domains))")
                .param("domains", domains)
                .query(Boolean.class)
                .single();
        if (domainTaken) {
            throw new InvitationException("admin.universities.error.domainTaken");
        }
        University university =
                universities.saveAndFlush(new University(name.strip(), country.toUpperCase(Locale.ROOT), domains));
        return invitations.invite(university.getId(), university.getName(), staffEmail, adminUserId);
    }

    /** "a.edu, B.edu  c.edu" → [a.edu, b.edu, c.edu] */
    static Set<String> domains(String list) {
        if (list == null) {
            return Set.of();
        }
        return Arrays.stream(list.split("[,\\s]+"))
                .map(d -> d.strip().toLowerCase(Locale.ROOT))
                .map(d -> d.startsWith("@") ? d.substring(1) : d)
                .filter(d -> d.matches("[a-z0-9-]+(\\.[a-z0-9-]+)+"))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
