package org.stint.university.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stint.testsupport.AppTest;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Co;
import org.stint.testsupport.Fixtures.Uni;

/**
 * Property-style: a random sequence of workflow events (applications at random dates, hires,
 * completions with hours and ratings, payments recorded, redated, changed and deleted, dates
 * moved back before earlier activity, a posting moved to another field) runs through the real
 * database and its triggers; then, for many random month ranges, every figure of the report
 * (totals, each month, company and field, students active included) equals a straightforward
 * reference query over the raw tables with {@code count(distinct ...)}, and the trigger-kept
 * summaries equal what {@code report_summary_rebuild()} computes from scratch.
 */
@AppTest
class ReportSummaryPropertyTests {

    private static final YearMonth FIRST = YearMonth.of(2023, 1);

    private static final int MONTHS = 30;

    private static final List<String> CURRENCIES = OutcomeReport.CURRENCIES;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportQueries queries;

    @Autowired
    PlatformTransactionManager transactions;

    private final long seed = System.nanoTime();

    private final Random random = new Random(seed);

    @Test
    void theSummariesAnswerLikeTheRawTablesWhateverTheOrderOfEvents() {
        Fixtures f = new Fixtures(jdbc);
        Uni uni = f.university(false);
        Uni elsewhere = f.university(false);
        List<Co> companies = List.of(f.company("Prop A"), f.company("Prop B"), f.company("Prop C"));
        List<Long> postings = new ArrayList<>();
        String[] categories = {"DATA", "DESIGN", "SOFTWARE"};
        for (int i = 0; i < 7; i++) {
            postings.add(f.posting(companies.get(i % 3), "Property posting " + i, categories[i % 3], "USD"));
        }
        List<Long> students = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            students.add(f.student(i < 7 ? uni : elsewhere, "Property Student " + i));
        }
        List<Long> applications = new ArrayList<>();
        for (int step = 0; step < 400; step++) {
            int op = random.nextInt(100);
            if (op < 30 || applications.isEmpty()) {
                long posting = pick(postings);
                long student = pick(students);
                jdbc.sql("""
                                insert into applications (posting_id, student_id, cover_note, submitted_at)
                                values (:p, :s, 'Property note', :at) on conflict do nothing
                                """)
                        .param("p", posting)
                        .param("s", student)
                        .param("at", randomTime())
                        .update();
            } else if (op < 45) {
                // hire, or move the hiring date (possibly before the application)
                jdbc.sql(
                                "update applications set status = 'HIRED', hired_at = :at where id = :id and status <> 'COMPLETED'")
                        .param("at", randomTime())
                        .param("id", pick(applications))
                        .update();
            } else if (op < 57) {
                jdbc.sql("""
                                update applications set status = 'COMPLETED', hired_at = coalesce(hired_at, :at),
                                       completed_at = :at, hours_worked = :hours, student_rating = :rating,
                                       verification_code = coalesce(verification_code, :code)
                                where id = :id
                                """)
                        .param("at", randomTime())
                        .param("hours", BigDecimal.valueOf(1 + random.nextInt(400), 1))
                        .param("rating", random.nextInt(4) == 0 ? null : 1 + random.nextInt(5))
                        .param("code", Fixtures.unique("prop"))
                        .param("id", pick(applications))
                        .update();
            } else if (op < 62) {
                // an application sent earlier (or later) than recorded
                jdbc.sql("update applications set submitted_at = :at where id = :id")
                        .param("at", randomTime())
                        .param("id", pick(applications))
                        .update();
            } else if (op < 66) {
                jdbc.sql("update applications set status = 'SHORTLISTED', hired_at = null where id = :id"
                                + " and status = 'HIRED'")
                        .param("id", pick(applications))
                        .update();
            } else if (op < 80) {
                jdbc.sql("""
                                insert into payments (application_id, amount_minor, currency, paid_on, recorded_by)
                                values (:id, :amount, :currency, :paid, :by) on conflict do nothing
                                """)
                        .param("id", pick(applications))
                        .param("amount", 1 + random.nextInt(100_000))
                        .param("currency", CURRENCIES.get(random.nextInt(CURRENCIES.size())))
                        .param("paid", randomDay())
                        .param("by", companies.get(0).memberId())
                        .update();
            } else if (op < 88) {
                // a payment backdated (or postdated), within its month or to another one
                jdbc.sql("update payments set paid_on = :paid where application_id = :id")
                        .param(
                                "paid",
                                random.nextBoolean() ? randomDay() : randomDay().withDayOfMonth(1))
                        .param("id", pick(applications))
                        .update();
            } else if (op < 92) {
                jdbc.sql("update payments set amount_minor = :amount, currency = :currency where application_id = :id")
                        .param("amount", 1 + random.nextInt(100_000))
                        .param("currency", CURRENCIES.get(random.nextInt(CURRENCIES.size())))
                        .param("id", pick(applications))
                        .update();
            } else if (op < 97) {
                jdbc.sql("delete from payments where application_id = :id")
                        .param("id", pick(applications))
                        .update();
            } else {
                jdbc.sql("update postings set category = :category where id = :id")
                        .param("category", categories[random.nextInt(categories.length)])
                        .param("id", pick(postings))
                        .update();
            }
            applications.clear();
            applications.addAll(jdbc.sql("select id from applications where posting_id in (:p) order by id")
                    .param("p", postings)
                    .query(Long.class)
                    .list());
        }

        for (int i = 0; i < 60; i++) {
            YearMonth a = FIRST.plusMonths(random.nextInt(MONTHS + 2) - 1);
            YearMonth b = i % 4 == 0 ? a : FIRST.plusMonths(random.nextInt(MONTHS + 2) - 1);
            ReportRange range = ReportRange.of(a, b, b);
            assertThat(dashboard(uni, range)).as("seed %d, %s", seed, range).isEqualTo(reference(uni, range));
        }
        assertThat(summaries()).as("seed %d", seed).isEqualTo(rebuilt());
    }

    /**
     * Two transactions add months to one student's activity at the same time: the second must
     * see the first's months (the trigger's per-student lock), or its counts would miss them.
     */
    @Test
    void concurrentEventsOfOneStudentKeepTheCountsExact() throws Exception {
        Fixtures f = new Fixtures(jdbc);
        Uni uni = f.university(false);
        Co company = f.company("Prop Concurrent");
        long[] postings = new long[3];
        for (int i = 0; i < 3; i++) {
            postings[i] = f.posting(company, "Concurrent posting " + i, "DATA", "USD");
        }
        long student = f.student(uni, "Concurrent Student");
        TransactionTemplate tx = new TransactionTemplate(transactions);
        CountDownLatch firstInserted = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> tx.executeWithoutResult(status -> {
                apply(postings[0], student, "2024-05-10T10:00:00Z");
                firstInserted.countDown();
                sleep(700);
            }));
            Future<?> second = pool.submit(() -> {
                await(firstInserted);
                tx.executeWithoutResult(status -> {
                    apply(postings[1], student, "2024-03-10T10:00:00Z");
                    apply(postings[2], student, "2024-07-10T10:00:00Z");
                });
            });
            first.get(30, TimeUnit.SECONDS);
            second.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
        // March counts from nothing, May after March, July after May; over May..July: one student
        assertThat(jdbc.sql("""
                                select month || ' after ' || coalesce(previous_month::text, 'none') || ': ' || students
                                from report_activity_counts where university_id = :u and dimension = 'T' order by month
                                """).param("u", uni.id()).query(String.class).list())
                .containsExactly(
                        "2024-03-01 after none: 1", "2024-05-01 after 2024-03-01: 1", "2024-07-01 after 2024-05-01: 1");
        assertThat(queries.report(
                                uni.id(),
                                uni.name(),
                                new ReportRange(YearMonth.of(2024, 5), YearMonth.of(2024, 7)),
                                queries.version(uni.id()))
                        .totals()
                        .students())
                .isEqualTo(1);
        assertThat(summaries()).isEqualTo(rebuilt());
    }

    private void apply(long posting, long student, String at) {
        jdbc.sql(
                        "insert into applications (posting_id, student_id, cover_note, submitted_at) values (:p, :s, 'Note', :at)")
                .param("p", posting)
                .param("s", student)
                .param("at", Timestamp.from(Instant.parse(at)))
                .update();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, String> dashboard(Uni uni, ReportRange range) {
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
    private Map<String, String> reference(Uni uni, ReportRange range) {
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

    private List<String> summaries() {
        return jdbc.sql(TABLES).query(String.class).list();
    }

    private List<String> rebuilt() {
        jdbc.sql("select report_summary_rebuild()").query().singleRow();
        return summaries();
    }

    private long pick(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    private Timestamp randomTime() {
        return Timestamp.from(FIRST.atDay(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant()
                .plusSeconds(random.nextLong(MONTHS * 30L * 86_400)));
    }

    private LocalDate randomDay() {
        return FIRST.atDay(1).plusDays(random.nextInt(MONTHS * 30));
    }
}
