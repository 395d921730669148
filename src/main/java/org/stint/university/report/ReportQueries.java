package org.stint.university.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stint.university.report.OutcomeReport.Group;

/**
 * The outcome report, read from the summaries PostgreSQL triggers keep per calendar month (UTC;
 * migration V40, docs/reports.md) in one statement, whatever the size of the university. The
 * additive figures come from {@code report_month_figures} (one row per month, company and field);
 * the students active in each group from {@code report_activity_counts}, where a student counts
 * once, at their first active month of the group inside the range, and in a month once per
 * activity row of the month.
 */
@Repository
class ReportQueries {

    private static final String REPORT = """
            with grouped as (
                select grouping(month) as no_month, grouping(company_id) as no_company,
                       grouping(category) as no_category, month, company_id, category,
                       case when grouping(month) = 0 then 'M' when grouping(company_id) = 0 then 'C'
                            when grouping(category) = 0 then 'K' else 'T' end as dimension,
                       case when grouping(month) = 0 then month::text when grouping(company_id) = 0 then company_id::text
                            when grouping(category) = 0 then category::text else '' end as group_key,
                       sum(applications) as applications, sum(hires) as hires, sum(completions) as completions,
                       case when sum(completions) = 0 then 0 else sum(hours_worked) end as hours,
                       sum(rating_sum) as rating_sum, sum(rating_count) as rating_count,
                       sum(earned_usd) as usd, sum(earned_gbp) as gbp, sum(earned_eur) as eur, sum(earned_inr) as inr
                from report_month_figures
                where university_id = :university and month between :from and :to
                group by grouping sets ((), (month), (company_id), (category))
            ),
            students as (
                select dimension, group_key, sum(students) as students
                from report_activity_counts
                where university_id = :university and month between :from and :to
                  and (previous_month is null or previous_month < :from)
                group by dimension, group_key
                union all
                select 'M', month::text, sum(students)
                from report_activity_counts
                where university_id = :university and dimension = 'T' and month between :from and :to
                group by month
            )
            select g.*, coalesce(s.students, 0) as students, c.name as company_name, pa.id is not null as partner,
                   (select min(month) from report_activity_counts
                    where university_id = :university and dimension = 'T') as first_month
            from grouped g
            left join students s on s.dimension = g.dimension and s.group_key = g.group_key
            left join companies c on c.id = g.company_id
            left join partnerships pa on pa.company_id = g.company_id and pa.university_id = :university
                                     and pa.status = 'APPROVED'
            order by g.hires desc, g.completions desc, g.applications desc, c.name
            """;

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The number PostgreSQL's triggers change whenever anything this university's report shows
     * changes (migration V45); 0 before the first change.
     */
    long version(long universityId) {
        return jdbc.sql("select coalesce((select version from report_versions where university_id = :university), 0)")
                .param("university", universityId)
                .query(Long.class)
                .single();
    }

    /**
     * The report as of {@code version}, which the caller has just read with {@link #version}: a
     * kept report serves until the version moves on, on every instance, since the version lives
     * in PostgreSQL. The grand total row of the grouping sets always exists, so there is always a
     * row.
     */
    @Cacheable(cacheNames = "outcome-reports", key = "{#universityId, #universityName, #range, #version}")
    public OutcomeReport report(long universityId, String universityName, ReportRange range, long version) {
        YearMonth[] firstMonth = {null};
        OutcomeFigures[] totals = {OutcomeFigures.NONE};
        Map<YearMonth, OutcomeFigures> months = new HashMap<>();
        List<Group<String>> companies = new ArrayList<>();
        List<Group<String>> topPartners = new ArrayList<>();
        List<Group<String>> categories = new ArrayList<>();
        jdbc.sql(REPORT)
                .param("university", universityId)
                .param("from", range.firstDay())
                .param("to", range.to().atDay(1))
                .query(rs -> {
                    LocalDate first = rs.getObject("first_month", LocalDate.class);
                    firstMonth[0] = first == null ? null : YearMonth.from(first);
                    OutcomeFigures figures = figures(rs);
                    if (rs.getInt("no_month") == 0) {
                        months.put(YearMonth.from(rs.getObject("month", LocalDate.class)), figures);
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
            byMonth.add(new Group<>(month, months.getOrDefault(month, OutcomeFigures.NONE)));
        }
        categories.sort(Comparator.comparing(Group::key));
        return new OutcomeReport(
                universityName,
                range,
                firstMonth[0],
                totals[0],
                byMonth,
                companies,
                categories,
                topPartners.stream().limit(5).toList());
    }

    /**
     * One row per engagement touching the range, for the CSV export; streamed. An engagement is an
     * application that led to work: hired or completed. Rejections, withdrawals and applications
     * still open are the employer's hiring decisions and the student's own choices, so they are
     * never listed by name: {@link #outcomes} counts them.
     */
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
                          and a.status in ('HIRED', 'COMPLETED')
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

    /**
     * The applications sent in the range that did not lead to work, by what became of them (in
     * progress: submitted or shortlisted; rejected; withdrawn), with the number of students behind
     * each: the figures CSV shows them only as counts, and not at all for fewer than 5 students.
     */
    List<OutcomeCount> outcomes(long universityId, ReportRange range) {
        Map<String, OutcomeCount> found = new HashMap<>();
        jdbc.sql("""
                        select case when a.status in ('SUBMITTED', 'SHORTLISTED') then 'in_progress'
                                    else lower(a.status) end as outcome,
                               count(distinct a.student_id) as students, count(*) as applications
                        from applications a join students s on s.user_id = a.student_id
                        where s.university_id = :university
                          and a.status in ('SUBMITTED', 'SHORTLISTED', 'REJECTED', 'WITHDRAWN')
                          and a.submitted_at >= :from and a.submitted_at < :to
                        group by 1
                        """).params(params(universityId, range)).query(rs -> {
            found.put(
                    rs.getString("outcome"),
                    new OutcomeCount(rs.getString("outcome"), rs.getLong("students"), rs.getLong("applications")));
        });
        return OutcomeCount.OUTCOMES.stream()
                .map(o -> found.getOrDefault(o, new OutcomeCount(o, 0, 0)))
                .toList();
    }

    /** How many applications ended one way, and how many students sent them. */
    record OutcomeCount(String outcome, long students, long applications) {

        static final List<String> OUTCOMES = List.of("in_progress", "rejected", "withdrawn");

        /** Fewer than 5 students (but some): shown as "fewer than 5", like every small group. */
        boolean suppressed() {
            return students > 0 && students < OutcomeFigures.MIN_GROUP;
        }
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
        return Map.of(
                "university", universityId,
                "from",
                        Timestamp.from(
                                range.firstDay().atStartOfDay(ZoneOffset.UTC).toInstant()),
                "to",
                        Timestamp.from(
                                range.dayAfter().atStartOfDay(ZoneOffset.UTC).toInstant()),
                "fromDay", range.firstDay(),
                "toDay", range.dayAfter());
    }

    private static OutcomeFigures figures(ResultSet rs) throws SQLException {
        long ratings = rs.getLong("rating_count");
        Map<String, Long> earnings = new LinkedHashMap<>();
        for (String currency : OutcomeReport.CURRENCIES) {
            earnings.put(currency, rs.getLong(currency.toLowerCase(java.util.Locale.ROOT)));
        }
        return new OutcomeFigures(
                rs.getLong("students"),
                rs.getLong("applications"),
                rs.getLong("hires"),
                rs.getLong("completions"),
                rs.getBigDecimal("hours"),
                ratings == 0
                        ? null
                        : BigDecimal.valueOf(rs.getLong("rating_sum"))
                                .divide(BigDecimal.valueOf(ratings), 2, RoundingMode.HALF_UP)
                                .doubleValue(),
                earnings);
    }

    private static LocalDate day(Timestamp timestamp) {
        return timestamp == null ? null : LocalDate.ofInstant(timestamp.toInstant(), ZoneOffset.UTC);
    }
}
