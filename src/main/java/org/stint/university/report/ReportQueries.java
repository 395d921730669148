package org.stint.university.report;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stint.university.report.OutcomeReport.Group;

/**
 * The outcome report as SQL aggregates: one statement computes the totals and the breakdowns by
 * month, company and field with {@code grouping sets}; only the grouped rows reach Java. Each
 * figure counts the event that belongs to it inside the range: applications by submission,
 * hires by hiring, completions (hours, ratings) by completion, earnings by payment date. Months
 * are calendar months in UTC.
 */
@Repository
class ReportQueries {

    /**
     * The university's students' applications with a step in the range, and one row per event in
     * the range (payments found through their own date index).
     */
    private static final String FACTS = """
            with mine as (
                select a.id, a.student_id, a.submitted_at, a.hired_at, a.completed_at, a.hours_worked,
                       a.student_rating, p.company_id, p.category
                from students s
                join applications a on a.student_id = s.user_id
                join postings p on p.id = a.posting_id
                where s.university_id = :university
                  and (a.submitted_at >= :from and a.submitted_at < :to
                       or a.hired_at >= :from and a.hired_at < :to
                       or a.completed_at >= :from and a.completed_at < :to)
            ),
            facts as (
                select student_id, company_id, category, submitted_at at time zone 'UTC' as at, 'A' as kind,
                       null::numeric as hours, null::int as rating, null::bigint as amount, null as currency
                from mine where submitted_at >= :from and submitted_at < :to
                union all
                select student_id, company_id, category, hired_at at time zone 'UTC', 'H', null, null, null, null
                from mine where hired_at >= :from and hired_at < :to
                union all
                select student_id, company_id, category, completed_at at time zone 'UTC', 'C', hours_worked,
                       student_rating, null, null
                from mine where completed_at >= :from and completed_at < :to
                union all
                select a.student_id, p.company_id, p.category, pm.paid_on::timestamp, 'P', null, null,
                       pm.amount_minor, pm.currency
                from payments pm
                join applications a on a.id = pm.application_id
                join students s on s.user_id = a.student_id
                join postings p on p.id = a.posting_id
                where pm.paid_on >= :fromDay and pm.paid_on < :toDay and s.university_id = :university
            )
            """;

    private static final String FIGURES = """
                   count(distinct student_id) as students,
                   count(*) filter (where kind = 'A') as applications,
                   count(*) filter (where kind = 'H') as hires,
                   count(*) filter (where kind = 'C') as completions,
                   coalesce(sum(hours) filter (where kind = 'C'), 0) as hours,
                   avg(rating) filter (where kind = 'C') as rating,
                   coalesce(sum(amount) filter (where currency = 'USD'), 0) as usd,
                   coalesce(sum(amount) filter (where currency = 'GBP'), 0) as gbp,
                   coalesce(sum(amount) filter (where currency = 'EUR'), 0) as eur,
                   coalesce(sum(amount) filter (where currency = 'INR'), 0) as inr
            """;

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * For this read-only transaction only: the grouping sets sort about one row per event of the
     * range, which spills to disk with the default 4 MB at a large university; and the plan must
     * be made for the actual university and dates (a generic plan for a re-used prepared
     * statement scans every application, whatever the university).
     */
    void prepareSession() {
        jdbc.sql("set local work_mem = '32MB'").update();
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    OutcomeReport report(long universityId, String universityName, ReportRange range) {
        Figures[] totals = {Figures.NONE};
        Map<YearMonth, Figures> months = new HashMap<>();
        List<Group<String>> companies = new ArrayList<>();
        List<Group<String>> topPartners = new ArrayList<>();
        List<Group<String>> categories = new ArrayList<>();
        jdbc.sql(FACTS + """
                        , grouped as (
                            select grouping(date_trunc('month', at)) as no_month, grouping(company_id) as no_company,
                                   grouping(category) as no_category,
                                   date_trunc('month', at) as month, company_id, category,
                        """ + FIGURES + """
                            from facts
                            group by grouping sets ((), (date_trunc('month', at)), (company_id), (category))
                        )
                        select g.*, c.name as company_name,
                               exists (select 1 from partnerships pa where pa.company_id = g.company_id
                                       and pa.university_id = :university and pa.status = 'APPROVED') as partner
                        from grouped g left join companies c on c.id = g.company_id
                        order by g.hires desc, g.completions desc, g.applications desc, c.name
                        """)
                .params(params(universityId, range))
                .query(rs -> {
                    Figures figures = figures(rs);
                    if (rs.getInt("no_month") == 0) {
                        months.put(YearMonth.from(rs.getObject("month", java.time.LocalDateTime.class)), figures);
                    } else if (rs.getInt("no_company") == 0) {
                        Group<String> group = new Group<>(rs.getString("company_name"), figures);
                        companies.add(group);
                        if (rs.getBoolean("partner")) {
                            topPartners.add(group);
                        }
                    } else if (rs.getInt("no_category") == 0) {
                        categories.add(new Group<>(rs.getString("category"), figures));
                    } else {
                        totals[0] = figures;
                    }
                });
        List<Group<YearMonth>> byMonth = new ArrayList<>();
        for (YearMonth month : range.months()) {
            byMonth.add(new Group<>(month, months.getOrDefault(month, Figures.NONE)));
        }
        categories.sort(Comparator.comparing(Group::key));
        return new OutcomeReport(
                universityName,
                range,
                totals[0],
                byMonth,
                companies,
                categories,
                topPartners.stream().limit(5).toList());
    }

    /** One row per engagement (application) touching the range, for the CSV export; streamed. */
    void engagements(long universityId, ReportRange range, Consumer<Engagement> each) {
        jdbc.sql("""
                        select u.display_name as student, u.email, c.name as company, p.title, p.category, a.status,
                               a.submitted_at, a.hired_at, a.completed_at, a.hours_worked, a.student_rating,
                               pm.amount_minor, pm.currency, pm.paid_on
                        from students s
                        join users u on u.id = s.user_id
                        join applications a on a.student_id = s.user_id
                        join postings p on p.id = a.posting_id
                        join companies c on c.id = p.company_id
                        left join payments pm on pm.application_id = a.id
                        where s.university_id = :university
                          and (a.submitted_at >= :from and a.submitted_at < :to
                               or a.hired_at >= :from and a.hired_at < :to
                               or a.completed_at >= :from and a.completed_at < :to
                               or pm.paid_on >= :fromDay and pm.paid_on < :toDay)
                        order by a.submitted_at, a.id
                        """).params(params(universityId, range)).query(rs -> {
            each.accept(new Engagement(
                    rs.getString("student"),
                    rs.getString("email"),
                    rs.getString("company"),
                    rs.getString("title"),
                    rs.getString("category"),
                    rs.getString("status"),
                    day(rs.getTimestamp("submitted_at")),
                    day(rs.getTimestamp("hired_at")),
                    day(rs.getTimestamp("completed_at")),
                    rs.getBigDecimal("hours_worked"),
                    (Integer) rs.getObject("student_rating", Integer.class),
                    (Long) rs.getObject("amount_minor", Long.class),
                    rs.getString("currency"),
                    rs.getObject("paid_on", LocalDate.class)));
        });
    }

    record Engagement(
            String student,
            String email,
            String company,
            String posting,
            String category,
            String status,
            LocalDate submitted,
            LocalDate hired,
            LocalDate completed,
            BigDecimal hours,
            Integer rating,
            Long payMinor,
            String currency,
            LocalDate paidOn) {}

    private static Map<String, Object> params(long universityId, ReportRange range) {
        Map<String, Object> params = new HashMap<>();
        params.put("university", universityId);
        params.put(
                "from", Timestamp.from(range.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        params.put(
                "to",
                Timestamp.from(range.toExclusive().atStartOfDay(ZoneOffset.UTC).toInstant()));
        params.put("fromDay", range.from());
        params.put("toDay", range.toExclusive());
        return params;
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        BigDecimal rating = rs.getBigDecimal("rating");
        Map<String, Long> earnings = new LinkedHashMap<>();
        for (String currency : OutcomeReport.CURRENCIES) {
            earnings.put(currency, rs.getLong(currency.toLowerCase(java.util.Locale.ROOT)));
        }
        return new Figures(
                rs.getLong("students"),
                rs.getLong("applications"),
                rs.getLong("hires"),
                rs.getLong("completions"),
                rs.getBigDecimal("hours"),
                rating == null
                        ? null
                        : rating.setScale(2, java.math.RoundingMode.HALF_UP).doubleValue(),
                earnings);
    }

    private static LocalDate day(Timestamp timestamp) {
        return timestamp == null ? null : LocalDate.ofInstant(timestamp.toInstant(), ZoneOffset.UTC);
    }
}
