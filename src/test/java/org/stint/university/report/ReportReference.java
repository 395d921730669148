package org.stint.university.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.testsupport.Fixtures.TestUniversity;

/**
 * What the report tests compare: the report's figures as text, the same figures from a
 * straightforward reference query over the raw tables with {@code count(distinct ...)}, and the
 * trigger-kept summary tables next to what {@code report_summary_rebuild()} computes from scratch.
 */
final class ReportReference {

    private static final List<String> CURRENCIES = OutcomeReport.CURRENCIES;

    private final JdbcClient jdbc;

    private final ReportQueries queries;

    ReportReference(JdbcClient jdbc, ReportQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    Map<String, String> dashboard(TestUniversity uni, ReportRange range) {
        OutcomeReport report = queries.report(uni.id(), uni.name(), range, queries.version(uni.id()));
        Map<String, String> groups = new TreeMap<>();
        put(groups, "total", report.totals());
        report.byMonth().forEach(g -> put(groups, "month " + g.key(), g.figures()));
        report.byCompany().forEach(g -> put(groups, "company " + g.key(), g.figures()));
        report.byCategory().forEach(g -> put(groups, "category " + g.key(), g.figures()));
        return groups;
    }

    private static void put(Map<String, String> groups, String key, OutcomeFigures f) {
        if (f.students() == 0) {
            return;
        }
        StringBuilder text = new StringBuilder()
                .append(f.students())
                .append(" students, ")
                .append(f.applications())
                .append(" applied, ")
                .append(f.hires())
                .append(" hired, ")
                .append(f.completions())
                .append(" completed, ")
                .append(f.hours().stripTrailingZeros().toPlainString())
                .append(" h, rating ")
                .append(f.averageRating());
        CURRENCIES.forEach(c -> text.append(", ").append(c).append(' ').append(f.earned(c)));
        groups.put(key, text.toString());
    }

    /** The reference: one row per event of the university's students, grouped with count(distinct). */
    Map<String, String> reference(TestUniversity uni, ReportRange range) {
        Map<String, String> groups = new TreeMap<>();
        jdbc.sql("""
                        with events as (
                            select a.student_id, p.company_id, p.category, a.submitted_at at time zone 'UTC' as at,
                                   'A' as kind, null::numeric as hours, null::int as rating,
                                   null::bigint as amount, null as currency
                            from applications a join postings p on p.id = a.posting_id
                            join students s on s.user_id = a.student_id where s.university_id = :u
                            union all
                            select a.student_id, p.company_id, p.category, a.hired_at at time zone 'UTC', 'H',
                                   null, null, null, null
                            from applications a join postings p on p.id = a.posting_id
                            join students s on s.user_id = a.student_id
                            where s.university_id = :u and a.hired_at is not null
                            union all
                            select a.student_id, p.company_id, p.category, a.completed_at at time zone 'UTC', 'C',
                                   a.hours_worked, a.student_rating, null, null
                            from applications a join postings p on p.id = a.posting_id
                            join students s on s.user_id = a.student_id
                            where s.university_id = :u and a.completed_at is not null
                            union all
                            select a.student_id, p.company_id, p.category, pm.paid_on::timestamp, 'P',
                                   null, null, pm.amount_minor, pm.currency
                            from payments pm join applications a on a.id = pm.application_id
                            join postings p on p.id = a.posting_id
                            join students s on s.user_id = a.student_id where s.university_id = :u
                        )
                        select grouping(to_char(at, 'YYYY-MM')) as no_month, grouping(c.name) as no_company,
                               grouping(category) as no_category, to_char(at, 'YYYY-MM') as month,
                               c.name as company, category,
                               count(distinct student_id) as students,
                               count(*) filter (where kind = 'A') as applications,
                               count(*) filter (where kind = 'H') as hires,
                               count(*) filter (where kind = 'C') as completions,
                               coalesce(sum(hours), 0) as hours,
                               round(avg(rating), 2) as rating,
                               coalesce(sum(amount) filter (where currency = 'USD'), 0) as usd,
                               coalesce(sum(amount) filter (where currency = 'GBP'), 0) as gbp,
                               coalesce(sum(amount) filter (where currency = 'EUR'), 0) as eur,
                               coalesce(sum(amount) filter (where currency = 'INR'), 0) as inr
                        from events e join companies c on c.id = e.company_id
                        where at >= :from and at < :to
                        group by grouping sets ((), (to_char(at, 'YYYY-MM')), (c.name), (category))
                        """)
                .param("u", uni.id())
                .param("from", range.firstDay().atStartOfDay())
                .param("to", range.dayAfter().atStartOfDay())
                .query(rs -> {
                    String key = rs.getInt("no_month") == 0
                            ? "month " + rs.getString("month")
                            : rs.getInt("no_company") == 0
                                    ? "company " + rs.getString("company")
                                    : rs.getInt("no_category") == 0 ? "category " + rs.getString("category") : "total";
                    BigDecimal rating = rs.getBigDecimal("rating");
                    Map<String, Long> earnings = new TreeMap<>();
                    for (String c : CURRENCIES) {
                        earnings.put(c, rs.getLong(c.toLowerCase(java.util.Locale.ROOT)));
                    }
                    put(
                            groups,
                            key,
                            new OutcomeFigures(
                                    rs.getLong("students"),
                                    rs.getLong("applications"),
                                    rs.getLong("hires"),
                                    rs.getLong("completions"),
                                    rs.getBigDecimal("hours"),
                                    rating == null
                                            ? null
                                            : rating.setScale(2, RoundingMode.HALF_UP)
                                                    .doubleValue(),
                                    earnings));
                });
        return groups;
    }

    private static final String TABLES = """
            select 'F ' || concat_ws(' ', university_id, month, company_id, category, applications, hires, completions,
                                     hours_worked, rating_sum, rating_count, earned_usd, earned_gbp, earned_eur, earned_inr)
            from report_month_figures
            union all
            select 'A ' || concat_ws(' ', university_id, dimension, group_key, student_id, month, events)
            from report_activity
            union all
            select 'N ' || concat_ws(' ', university_id, month, dimension, group_key, previous_month, students)
            from report_activity_counts
            order by 1
            """;

    List<String> summaries() {
        return jdbc.sql(TABLES).query(String.class).list();
    }

    List<String> rebuilt() {
        jdbc.sql("select report_summary_rebuild()").query().singleRow();
        return summaries();
    }
}
