package org.stint.posting.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The public company page: a page of its open postings in one query, its figures in one aggregate. */
@Repository
@Transactional(readOnly = true)
class CompanyPageQueries {

    static final int PAGE_SIZE = 20;

    /** Open postings counted at most; beyond, the page says "1,000+". */
    static final int COUNT_LIMIT = 1_000;

    static final int MAX_PAGES = COUNT_LIMIT / PAGE_SIZE;

    private final JdbcClient jdbc;

    CompanyPageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the postings that take applications today, deadline soonest first. */
    List<PostingCard> openPostings(long companyId, LocalDate today, int page) {
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
                        limit :pageSize offset :offset
                        """)
                .param("company", companyId)
                .param("today", today)
                .param("pageSize", PAGE_SIZE)
                .param("offset", (page - 1) * PAGE_SIZE)
                .query(PostingCardRows::card)
                .list();
    }

    /**
     * Ratings students gave the company and the share of applications it answered (moved on from
     * SUBMITTED), over all its postings; withdrawn applications are not counted. With them, its
     * open postings, counted up to one more than {@value #COUNT_LIMIT}.
     */
    CompanyFigures figures(long companyId, LocalDate today) {
        return jdbc.sql("""
                        select (select count(*) from (select 1 from postings o
                                 where o.company_id = :company and o.status = 'OPEN' and o.application_deadline >= :today
                                 limit :countLimit) open) as open_postings,
                               count(*) filter (where a.status <> 'WITHDRAWN') as applications,
                               count(*) filter (where a.status not in ('SUBMITTED', 'WITHDRAWN')) as answered,
                               avg(a.employer_rating) as average_rating,
                               count(a.employer_rating) as ratings
                        from applications a
                        join postings p on p.id = a.posting_id
                        where p.company_id = :company
                        """)
                .param("company", companyId)
                .param("today", today)
                .param("countLimit", COUNT_LIMIT + 1)
                .query((rs, row) -> new CompanyFigures(
                        rs.getLong("open_postings"),
                        rs.getLong("applications"),
                        rs.getLong("answered"),
                        rs.getObject("average_rating", BigDecimal.class),
                        rs.getLong("ratings")))
                .single();
    }
}
