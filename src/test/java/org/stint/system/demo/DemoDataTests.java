package org.stint.system.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.testsupport.AppTest;

/** The demo data describes the past in the past: nothing was completed, paid or decided tomorrow. */
@AppTest
class DemoDataTests {

    @Autowired
    JdbcClient jdbc;

    /** Only the demo's own rows: other tests add theirs to the same database. */
    private static final String DEMO_APPLICATIONS =
            "with demo as (select * from applications where cover_note like 'I would love to work on this.%') ";

    private long count(String sql) {
        return jdbc.sql(DEMO_APPLICATIONS + sql).query(Long.class).single();
    }

    @Test
    void whatTheDemoSaysHappenedHappenedBeforeNow() {
        assertThat(count("select count(*) from demo where completed_at is not null"))
                .as("the demo has completed work to show")
                .isPositive();
        assertThat(count("""
                        select count(*) from demo
                        where submitted_at > now() or updated_at > now() or hired_at > now() or completed_at > now()
                           or employer_rated_at > now()
                        """)).isZero();
        assertThat(count("select count(*) from application_events where application_id in (select id from demo)"
                        + " and occurred_at > now()"))
                .isZero();
        assertThat(count("select count(*) from payments where application_id in (select id from demo)"
                        + " and paid_on > current_date"))
                .isZero();
        assertThat(count("select count(*) from partnership_events where occurred_at > now()"))
                .isZero();
        assertThat(count("select count(*) from postings where id in (select posting_id from demo)"
                        + " and (published_at > now() or created_at > now())"))
                .isZero();
    }

    @Test
    void nobodyAppliedBeforeAPostingWasPublishedOrBeforeTheyHadAnAccount() {
        assertThat(count("""
                        select count(*) from demo a join postings p on p.id = a.posting_id
                        where a.submitted_at < p.published_at
                        """)).isZero();
        assertThat(count("""
                        select count(*) from demo a join users u on u.id = a.student_id
                        where a.submitted_at < u.created_at
                        """)).isZero();
    }

    @Test
    void eachDemoUniversityHasItsOwnTimeZone() {
        assertThat(jdbc.sql("select name || ' ' || time_zone from universities where name in"
                                + " ('Northbridge State University', 'University of Eastmoor',"
                                + " 'Deccan Institute of Technology') order by name")
                        .query(String.class)
                        .list())
                .containsExactly(
                        "Deccan Institute of Technology Asia/Kolkata",
                        "Northbridge State University America/New_York",
                        "University of Eastmoor Europe/London");
    }
}
