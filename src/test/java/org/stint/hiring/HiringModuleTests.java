package org.stint.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.ModuleTest;

/**
 * The hiring module with the modules it depends on (account, company, posting, student,
 * university), without the notification and engagement modules that listen to it: applying and
 * hiring on real PostgreSQL publish the events the rest of the application reacts to, with the
 * application's row and history written in the same transaction.
 */
@ModuleTest
class HiringModuleTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    HiringService hiring;

    private List<String> history(long applicationId) {
        return jdbc.sql("""
                        select coalesce(from_status, '-') || '>' || to_status from application_events
                        where application_id = :a order by occurred_at, id
                        """).param("a", applicationId).query(String.class).list();
    }

    private String status(long applicationId) {
        return jdbc.sql("select status from applications where id = :a")
                .param("a", applicationId)
                .query(String.class)
                .single();
    }

    @Test
    void anApplicationIsAnnouncedToThePostingsCompany(Scenario scenario) {
        Fixtures rows = new Fixtures(jdbc);
        long student = rows.student(rows.university(false), "Ada Lovelace");
        Fixtures.TestCompany company = rows.company().create();
        long posting = rows.posting(company, "Clean a dataset", "DATA", "USD");

        scenario.stimulate(() -> hiring.apply(student, "Ada Lovelace", posting, "  I like tidy data.  "))
                .andWaitForEventOfType(ApplicationSubmitted.class)
                .matching(event -> event.postingId() == posting)
                .toArriveAndVerify((event, applied) -> {
                    assertThat(applied.created()).isTrue();
                    assertThat(event.applicationId()).isEqualTo(applied.applicationId());
                    assertThat(event.companyId()).isEqualTo(company.id());
                    assertThat(event.studentId()).isEqualTo(student);
                    assertThat(event.studentName()).isEqualTo("Ada Lovelace");
                    assertThat(event.postingTitle()).isEqualTo("Clean a dataset");
                });
        long application = jdbc.sql("select id from applications where posting_id = :p and student_id = :s")
                .param("p", posting)
                .param("s", student)
                .query(Long.class)
                .single();
        assertThat(status(application)).isEqualTo("SUBMITTED");
        assertThat(history(application)).containsExactly("->SUBMITTED");
        assertThat(jdbc.sql("select cover_note from applications where id = :a")
                        .param("a", application)
                        .query(String.class)
                        .single())
                .isEqualTo("I like tidy data.");
    }

    @Test
    void applyingTwiceFindsTheFirstApplicationAndAnnouncesNothingMore(PublishedEvents events) {
        Fixtures rows = new Fixtures(jdbc);
        long student = rows.student(rows.university(false), "Ada Lovelace");
        long posting = rows.posting(rows.company().create(), "Sort invoices", "DATA", "USD");
        HiringService.Applied first = hiring.apply(student, "Ada Lovelace", posting, "Hello");

        HiringService.Applied again = hiring.apply(student, "Ada Lovelace", posting, "Once more");

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.applicationId()).isEqualTo(first.applicationId());
        assertThat(events.ofType(ApplicationSubmitted.class).matching(event -> event.postingId() == posting))
                .as("the second try announces nothing")
                .hasSize(1);
        assertThat(history(first.applicationId())).containsExactly("->SUBMITTED");
    }

    @Test
    void hiringForTheLastOpeningFillsThePostingAndClosesTheOtherApplications(Scenario scenario) {
        Fixtures rows = new Fixtures(jdbc);
        Fixtures.TestUniversity uni = rows.university(false);
        long chosen = rows.student(uni, "Grace Hopper");
        long other = rows.student(uni, "Alan Turing");
        Fixtures.TestCompany company = rows.company().create();
        long posting = rows.posting(company, "Chart sales", "DATA", "USD");
        jdbc.sql("update postings set openings = 1 where id = :p")
                .param("p", posting)
                .update();
        long hired = hiring.apply(chosen, "Grace Hopper", posting, "Hello").applicationId();
        long closed = hiring.apply(other, "Alan Turing", posting, "Hi").applicationId();

        scenario.stimulate(() -> hiring.shortlist(company.memberId(), hired))
                .andWaitForEventOfType(ApplicationStatusChanged.class)
                .matching(event -> event.applicationId() == hired)
                .toArriveAndVerify(event -> {
                    assertThat(event.from()).isEqualTo(ApplicationStatus.SUBMITTED);
                    assertThat(event.to()).isEqualTo(ApplicationStatus.SHORTLISTED);
                    assertThat(event.actorUserId()).isEqualTo(company.memberId());
                });

        scenario.stimulate(() -> hiring.hire(company.memberId(), hired))
                .andWaitForEventOfType(PositionFilled.class)
                .matching(event -> event.postingId() == posting)
                .toArriveAndVerify(event -> {
                    assertThat(event.studentIds()).containsExactly(other);
                    assertThat(event.companyId()).isEqualTo(company.id());
                });

        assertThat(status(hired)).isEqualTo("HIRED");
        assertThat(status(closed)).isEqualTo("REJECTED");
        assertThat(history(hired)).containsExactly("->SUBMITTED", "SUBMITTED>SHORTLISTED", "SHORTLISTED>HIRED");
        assertThat(history(closed)).containsExactly("->SUBMITTED", "SUBMITTED>REJECTED");
        assertThat(jdbc.sql("select status || ' ' || closed_reason from postings where id = :p")
                        .param("p", posting)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED FILLED");
    }

    @Test
    void aMemberOfAnotherCompanyCannotHire() {
        Fixtures rows = new Fixtures(jdbc);
        long student = rows.student(rows.university(false), "Ada");
        Fixtures.TestCompany company = rows.company().create();
        Fixtures.TestCompany stranger = rows.company().create();
        long application = hiring.apply(student, "Ada", rows.posting(company, "Label photos", "DATA", "USD"), "Hello")
                .applicationId();

        assertThatThrownBy(() -> hiring.hire(stranger.memberId(), application))
                .isInstanceOf(ApplicationNotFoundException.class);

        assertThat(status(application)).isEqualTo("SUBMITTED");
    }
}
