package org.stint.university;

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
 * The university module with the modules it depends on (account, company, posting), without the
 * notification module that listens to it: partnership vetting on real PostgreSQL publishes the
 * events the rest of the application reacts to, with the row and its history written in the same
 * transaction.
 */
@ModuleTest
class UniversityModuleTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PartnershipService partnerships;

    private long partnershipOf(Fixtures.TestUniversity uni) {
        return jdbc.sql("select id from partnerships where university_id = :u")
                .param("u", uni.id())
                .query(Long.class)
                .single();
    }

    /** A fresh university and company, and the company's request for partnership, undecided. */
    private record Request(Fixtures.TestUniversity uni, Fixtures.TestCompany company, long id) {}

    private Request requested() {
        Fixtures rows = new Fixtures(jdbc);
        Fixtures.TestUniversity uni = rows.university(false);
        Fixtures.TestCompany company = rows.company().create();
        partnerships.request(company.memberId(), uni.id(), null);
        return new Request(uni, company, partnershipOf(uni));
    }

    private List<String> history(long partnershipId) {
        return jdbc.sql("""
                        select status || coalesce(' ' || note, '') from partnership_events
                        where partnership_id = :p order by occurred_at, id
                        """).param("p", partnershipId).query(String.class).list();
    }

    @Test
    void aRequestIsKeptAndAnnouncedWithBothNames(Scenario scenario) {
        Fixtures rows = new Fixtures(jdbc);
        Fixtures.TestUniversity uni = rows.university(false);
        Fixtures.TestCompany company = rows.company().create();

        scenario.stimulate(() -> partnerships.request(company.memberId(), uni.id(), "  We hire interns.  "))
                .andWaitForEventOfType(PartnershipRequested.class)
                .matching(event -> event.universityId() == uni.id())
                .toArriveAndVerify(event -> {
                    assertThat(event.partnershipId()).isEqualTo(partnershipOf(uni));
                    assertThat(event.universityName()).isEqualTo(uni.name());
                    assertThat(event.companyId()).isEqualTo(company.id());
                    assertThat(event.companyName()).isEqualTo(company.name());
                    assertThat(event.message()).isEqualTo("We hire interns.");
                });

        long id = partnershipOf(uni);
        assertThat(jdbc.sql("select status from partnerships where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("REQUESTED");
        assertThat(history(id)).containsExactly("REQUESTED We hire interns.");
    }

    @Test
    void anApprovalByTheCareerOfficeIsAnnouncedToTheCompany(Scenario scenario) {
        Request request = requested();
        Fixtures.TestUniversity uni = request.uni();
        Fixtures.TestCompany company = request.company();
        long id = request.id();

        scenario.stimulate(() -> partnerships.approve(uni.staffId(), id))
                .andWaitForEventOfType(PartnershipApproved.class)
                .matching(event -> event.partnershipId() == id)
                .toArriveAndVerify(event -> {
                    assertThat(event.companyId()).isEqualTo(company.id());
                    assertThat(event.universityName()).isEqualTo(uni.name());
                    assertThat(event.decidedBy()).isEqualTo(uni.staffId());
                });

        assertThat(jdbc.sql("select status || ' ' || decided_by from partnerships where id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("APPROVED " + uni.staffId());
        assertThat(history(id)).containsExactly("REQUESTED", "APPROVED");
    }

    @Test
    void aDeclineCarriesItsReasonAndARequestAgainIsAnnouncedAgain(Scenario scenario) {
        Request request = requested();
        long id = request.id();

        scenario.stimulate(() -> partnerships.decline(request.uni().staffId(), id, "We need a UK office."))
                .andWaitForEventOfType(PartnershipDeclined.class)
                .matching(event -> event.partnershipId() == id)
                .toArriveAndVerify(event -> assertThat(event.reason()).isEqualTo("We need a UK office."));

        scenario.stimulate(() -> partnerships.request(
                        request.company().memberId(), request.uni().id(), "We opened one."))
                .andWaitForEventOfType(PartnershipRequested.class)
                .matching(event -> event.universityId() == request.uni().id())
                .toArriveAndVerify(event -> assertThat(event.partnershipId())
                        .as("the same partnership, asked for again")
                        .isEqualTo(id));
        assertThat(history(id))
                .containsExactly("REQUESTED", "DECLINED We need a UK office.", "REQUESTED We opened one.");
    }

    @Test
    void anotherUniversitysStaffCannotDecideAndNothingIsAnnounced(PublishedEvents events) {
        Request request = requested();
        Fixtures.TestUniversity other = new Fixtures(jdbc).university(false);
        long id = request.id();

        assertThatThrownBy(() -> partnerships.approve(other.staffId(), id))
                .isInstanceOf(PartnershipNotFoundException.class);

        assertThat(history(id)).containsExactly("REQUESTED");
        assertThat(events.ofType(PartnershipApproved.class)).isEmpty();
    }
}
