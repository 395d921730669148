package org.stint.posting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stint.shared.Money;

/** The public company page: its open postings in one query, its figures in one aggregate. */
@Repository
@Transactional(readOnly = true)
class CompanyPageQueries {

    private final JdbcClient jdbc;

    CompanyPageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Postings that take applications today, deadline soonest first. */
    List<PostingCard> openPostings(long companyId, LocalDate today) {
        return jdbc.sql("""
                        select p.id, p.title, p.category, p.skills, p.hours_per_week, p.duration_weeks, p.work_mode,
                               p.city, p.country, p.pay_amount_minor, p.pay_currency, p.pay_type, p.openings,
                               p.application_deadline, p.published_at, c.id as company_id, c.name as company_name
                        from postings p
                        join companies c on c.id = p.company_id
                        where p.company_id = :company and p.status = 'OPEN' and p.application_deadline >= :today
                        order by p.application_deadline, p.id
                        """)
                .param("company", companyId)
                .param("today", today)
                .query(CompanyPageQueries::card)
                .list();
    }

    /**
     * Ratings students gave the company and the share of applications it answered (moved on from
     * SUBMITTED), over all its postings; withdrawn applications are not counted.
     */
    CompanyFigures figures(long companyId, long openPostings) {
        return jdbc.sql("""
                        select count(*) filter (where a.status <> 'WITHDRAWN') as applications,
                               count(*) filter (where a.status not in ('SUBMITTED', 'WITHDRAWN')) as answered,
                               avg(a.employer_rating) as average_rating,
                               count(a.employer_rating) as ratings
                        from applications a
                        join postings p on p.id = a.posting_id
                        where p.company_id = :company
                        """)
                .param("company", companyId)
                .query((rs, row) -> new CompanyFigures(
                        openPostings,
                        rs.getLong("applications"),
                        rs.getLong("answered"),
                        rs.getObject("average_rating", BigDecimal.class),
                        rs.getLong("ratings")))
                .single();
    }

    private static PostingCard card(ResultSet rs, int row) throws SQLException {
        int hours = rs.getInt("hours_per_week");
        int weeks = rs.getInt("duration_weeks");
        return new PostingCard(
                rs.getLong("id"),
                rs.getString("title"),
                Category.valueOf(rs.getString("category")),
                PostingSearch.skills(rs.getArray("skills")),
                hours,
                weeks,
                WorkMode.valueOf(rs.getString("work_mode")),
                rs.getString("city"),
                rs.getString("country"),
                new Pay(
                        Money.of(rs.getLong("pay_amount_minor"), rs.getString("pay_currency")),
                        PayType.valueOf(rs.getString("pay_type")),
                        hours,
                        weeks),
                rs.getInt("openings"),
                rs.getObject("application_deadline", LocalDate.class),
                rs.getObject("published_at", OffsetDateTime.class).toInstant(),
                rs.getLong("company_id"),
                rs.getString("company_name"));
    }
}
