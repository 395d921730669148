package org.stint.university.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
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
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Fixtures.TestUniversity;

/**
 * The report's summary tables stay exact when transactions of one student run at the same time:
 * the trigger's per-student lock makes the second see the first's months.
 */
@AppTest
class ReportSummaryConcurrencyTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportQueries queries;

    @Autowired
    PlatformTransactionManager transactions;

    /**
     * Two transactions add months to one student's activity at the same time: the second must
     * see the first's months (the trigger's per-student lock), or its counts would miss them.
     */
    @Test
    void concurrentEventsOfOneStudentKeepTheCountsExact() throws Exception {
        Fixtures f = new Fixtures(jdbc);
        TestUniversity uni = f.university(false);
        TestCompany company = f.company("Prop Concurrent");
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
        ReportReference reports = new ReportReference(jdbc, queries);
        assertThat(reports.summaries()).isEqualTo(reports.rebuilt());
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
}
