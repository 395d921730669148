package org.stint.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.testsupport.AppTest;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Fixtures.TestCompany;

/** Rules that must hold when many people click at the same moment. */
@AppTest
class HiringConcurrencyTests {

    private static final int CALLERS = 20;

    @Autowired
    HiringService hiring;

    @Autowired
    JdbcClient jdbc;

    private static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twentyConcurrentHiresOnThreeOpeningsHireExactlyThree() throws Exception {
        Fixtures data = new Fixtures(jdbc);
        TestCompany employer = data.company().create();
        Person colleague = data.employer().of(employer.id()).create();
        long posting = data.posting(employer.id())
                .hourly(2000, "USD")
                .hours(10)
                .openings(3)
                .create();
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            applications.add(data.application(posting, data.student().create().userId())
                    .status("SHORTLISTED")
                    .create());
        }

        List<Callable<String>> hires = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            long application = applications.get(i);
            long member = i % 2 == 0 ? employer.memberId() : colleague.userId();
            hires.add(() -> {
                try {
                    hiring.hire(member, application);
                    return "hired";
                } catch (HiringRefusedException refused) {
                    return refused.messageKey();
                }
            });
        }
        List<String> outcomes = atOnce(hires);

        assertThat(outcomes).filteredOn("hired"::equals).hasSize(3);
        assertThat(outcomes).filteredOn(o -> !o.equals("hired")).allMatch(o -> o.startsWith("hiring."));
        assertThat(jdbc.sql(
                                "select status, count(*) from applications where posting_id = :p group by status order by 1")
                        .param("p", posting)
                        .query((rs, row) -> rs.getString(1) + "=" + rs.getLong(2))
                        .list())
                .containsExactly("HIRED=3", "REJECTED=17");
        assertThat(jdbc.sql("select status || ' ' || closed_reason from postings where id = :p")
                        .param("p", posting)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED FILLED");
        assertThat(jdbc.sql("""
                                select count(*) from application_events e join applications a on a.id = e.application_id
                                where a.posting_id = :p and e.to_status = 'REJECTED' and e.actor_user_id is null
                                """).param("p", posting).query(Long.class).single())
                .as("the others are told the position is filled")
                .isEqualTo(17);
    }

    @Test
    void twentyConcurrentIdenticalApplicationsMakeOneRowAndEveryCallerFindsIt() throws Exception {
        Fixtures data = new Fixtures(jdbc);
        TestCompany employer = data.company().create();
        Person student = data.student().create();
        long posting = data.posting(employer.id()).hourly(2000, "USD").hours(10).create();

        List<Callable<HiringService.Applied>> applies = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            applies.add(() -> hiring.apply(student.userId(), student.name(), posting, "Same note"));
        }
        List<HiringService.Applied> outcomes = atOnce(applies);

        assertThat(outcomes).filteredOn(HiringService.Applied::created).hasSize(1);
        assertThat(outcomes.stream().map(HiringService.Applied::applicationId).distinct())
                .hasSize(1);
        assertThat(jdbc.sql("select count(*) from applications where posting_id = :p")
                        .param("p", posting)
                        .query(Long.class)
                        .single())
                .isOne();
        assertThat(jdbc.sql("""
                                select count(*) from application_events e join applications a on a.id = e.application_id
                                where a.posting_id = :p
                                """).param("p", posting).query(Long.class).single()).isOne();
    }

    /**
     * One student with a cap of 30 hours a week, shortlisted on twenty postings of 10 hours a week
     * each, hired on all twenty at the same moment: exactly three hires go through.
     */
    @Test
    void twentyConcurrentHiresOfOneStudentOnTwentyPostingsKeepTheWeeklyCapExactly() throws Exception {
        Fixtures data = new Fixtures(jdbc);
        TestCompany employer = data.company().create();
        Person student = data.student().create();
        jdbc.sql("update students set weekly_hour_cap = 30 where user_id = :s")
                .param("s", student.userId())
                .update();
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < CALLERS; i++) {
            long posting =
                    data.posting(employer.id()).hourly(2000, "USD").hours(10).create();
            applications.add(data.application(posting, student.userId())
                    .status("SHORTLISTED")
                    .create());
        }

        List<Callable<String>> hires = new ArrayList<>();
        for (long application : applications) {
            hires.add(() -> {
                try {
                    hiring.hire(employer.memberId(), application);
                    return "hired";
                } catch (HiringRefusedException refused) {
                    return refused.messageKey();
                }
            });
        }
        List<String> outcomes = atOnce(hires);

        assertThat(outcomes).filteredOn("hired"::equals).hasSize(3);
        assertThat(outcomes).filteredOn(o -> !o.equals("hired")).containsOnly("hiring.hire.overCap");
        assertThat(jdbc.sql("""
                                select sum(p.hours_per_week) from applications a join postings p on p.id = a.posting_id
                                where a.student_id = :s and a.status = 'HIRED'
                                """).param("s", student.userId()).query(Long.class).single())
                .isEqualTo(30L);
    }
}
