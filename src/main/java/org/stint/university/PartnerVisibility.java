package org.stint.university;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stint.posting.PostingVisibility;

/** The university side of the partner-only rule: one indexed lookup per question. */
@Component
class PartnerVisibility implements PostingVisibility {

    private final JdbcClient jdbc;

    PartnerVisibility(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ViewerUniversity> universityOf(long viewerUserId) {
        return jdbc.sql("""
                        select u.id, u.name, u.partner_only, u.country
                        from students s join universities u on u.id = s.university_id
                        where s.user_id = :user
                        """)
                .param("user", viewerUserId)
                .query((rs, row) -> new ViewerUniversity(
                        rs.getLong("id"), rs.getString("name"), rs.getBoolean("partner_only"), rs.getString("country")))
                .optional();
    }

    @Override
    public Set<Long> vettedPartnersAmong(long universityId, Collection<Long> companyIds) {
        if (companyIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select company_id from partnerships
                        where university_id = :university and status = 'APPROVED' and company_id in (:companies)
                        """)
                .param("university", universityId)
                .param("companies", Set.copyOf(companyIds))
                .query(Long.class)
                .list());
    }
}
