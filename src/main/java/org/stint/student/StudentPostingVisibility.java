package org.stint.student;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stint.posting.PostingVisibility;
import org.stint.university.PartnerRule;

/**
 * What the posting module asks about a viewer: the student's university with its partner-only
 * setting (one indexed look-up), and the university's approved-partner condition.
 */
@Component
class StudentPostingVisibility implements PostingVisibility {

    private final JdbcClient jdbc;

    StudentPostingVisibility(JdbcClient jdbc) {
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
    public String approvedPartner(String companyIdSql, String universityIdSql) {
        return PartnerRule.approvedPartner(companyIdSql, universityIdSql);
    }
}
