package org.stint.university.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.testsupport.AppTest;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Fixtures.TestUniversity;

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

    private final long seed = System.nanoTime();

    private final Random random = new Random(seed);

    @Test
    void theSummariesAnswerLikeTheRawTablesWhateverTheOrderOfEvents() {
        ReportReference reports = new ReportReference(jdbc, queries);
        Fixtures f = new Fixtures(jdbc);
        TestUniversity uni = f.university(false);
        TestUniversity elsewhere = f.university(false);
        List<TestCompany> companies = List.of(f.company("Prop A"), f.company("Prop B"), f.company("Prop C"));
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
            assertThat(reports.dashboard(uni, range))
                    .as("seed %d, %s", seed, range)
                    .isEqualTo(reports.reference(uni, range));
        }
        assertThat(reports.summaries()).as("seed %d", seed).isEqualTo(reports.rebuilt());
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
