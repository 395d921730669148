package org.stint.hiring;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stint.posting.Category;

/**
 * The public portfolio and verification pages, one SQL statement each: the student, their
 * university and every completed engagement with its posting and company come back joined.
 */
@Repository
@Transactional(readOnly = true)
class PortfolioQueries {

    private final JdbcClient jdbc;

    PortfolioQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The portfolio, if the student made it public. */
    Optional<Portfolio> portfolio(UUID publicId) {
        return jdbc.sql("""
                        select s.public_id, u.display_name, un.name as university, s.programme, s.graduation_year,
                               s.skills, s.bio, s.links,
                               a.id as application_id, c.name as company_name, c.slug as company_slug,
                               p.title, p.category, p.skills as posting_skills, a.hours_worked, a.completed_at,
                               a.student_rating, a.student_feedback, a.verification_code
                        from students s
                        join users u on u.id = s.user_id
                        join universities un on un.id = s.university_id
                        left join applications a on a.student_id = s.user_id and a.status = 'COMPLETED'
                        left join postings p on p.id = a.posting_id
                        left join companies c on c.id = p.company_id
                        where s.public_id = :publicId and s.portfolio_public and u.enabled
                        order by a.completed_at desc nulls last, a.id desc
                        """).param("publicId", publicId).query((ResultSetExtractor<Optional<Portfolio>>)
                PortfolioQueries::portfolio);
    }

    /** A completed engagement by its verification code. */
    Optional<Verification> verification(String code) {
        return jdbc.sql("""
                        select a.verification_code, u.display_name, un.name as university,
                               c.name as company_name, c.slug as company_slug, p.title, p.category,
                               a.hours_worked, a.hired_at, a.completed_at, a.student_rating,
                               case when s.portfolio_public and u.enabled then s.public_id end as portfolio_id
                        from applications a
                        join postings p on p.id = a.posting_id
                        join companies c on c.id = p.company_id
                        join students s on s.user_id = a.student_id
                        join users u on u.id = s.user_id
                        join universities un on un.id = s.university_id
                        where a.verification_code = :code and a.status = 'COMPLETED'
                        """)
                .param("code", code)
                .query((rs, row) -> new Verification(
                        rs.getString("verification_code"),
                        rs.getString("display_name"),
                        rs.getString("university"),
                        rs.getString("company_name"),
                        rs.getString("company_slug"),
                        rs.getString("title"),
                        Category.valueOf(rs.getString("category")),
                        rs.getBigDecimal("hours_worked"),
                        instant(rs, "hired_at"),
                        instant(rs, "completed_at"),
                        rs.getObject("student_rating", Integer.class),
                        rs.getObject("portfolio_id", UUID.class)))
                .optional();
    }

    private static Optional<Portfolio> portfolio(ResultSet rs) throws SQLException {
        Portfolio header = null;
        List<PortfolioEntry> completed = new ArrayList<>();
        while (rs.next()) {
            if (header == null) {
                header = new Portfolio(
                        rs.getObject("public_id", UUID.class),
                        rs.getString("display_name"),
                        rs.getString("university"),
                        rs.getString("programme"),
                        rs.getObject("graduation_year", Integer.class),
                        strings(rs.getArray("skills")),
                        rs.getString("bio"),
                        rs.getString("links"),
                        completed);
            }
            if (rs.getObject("application_id") != null) {
                completed.add(new PortfolioEntry(
                        rs.getString("company_name"),
                        rs.getString("company_slug"),
                        rs.getString("title"),
                        Category.valueOf(rs.getString("category")),
                        strings(rs.getArray("posting_skills")),
                        rs.getBigDecimal("hours_worked"),
                        instant(rs, "completed_at"),
                        rs.getObject("student_rating", Integer.class),
                        rs.getString("student_feedback"),
                        rs.getString("verification_code")));
            }
        }
        return Optional.ofNullable(header);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
