package org.stint.posting.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

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
                               p.application_deadline, p.published_at, c.id as company_id, c.name as company_name,
                               cast(null as text) as vetted_by, cast(null as bigint) as applied_id,
                               cast(null as timestamptz) as applied_at, false as saved
                        from postings p
                        join companies c on c.id = p.company_id
                        where p.company_id = :company and p.status = 'OPEN' and p.application_deadline >= :today
                        order by p.application_deadline, p.id
                        """)
                .param("company", companyId)
                .param("today", today)
                .query(PostingCardRows::card)
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
}
