package org.stint.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.stint.alert.SavedSearchMatched;
import org.stint.engagement.EngagementActivity;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.ModuleTest;
import org.stint.university.PartnershipApproved;
import org.stint.university.PartnershipRequested;

/**
 * The notification module alone (with the account, company and university modules it reads
 * recipients from) on real PostgreSQL: another module's event, published in a transaction,
 * becomes notice rows and a queued e-mail once that transaction commits.
 */
@ModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.STANDALONE,
        extraIncludes = {"account", "company", "university"})
class NotificationModuleTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPartnershipRequestReachesTheCareerOfficeInTheAppAndByEmail(Scenario scenario) {
        Fixtures rows = new Fixtures(jdbc);
        Fixtures.TestUniversity uni = rows.university(false);
        Fixtures.TestCompany company = rows.company().create();

        scenario.publish(new PartnershipRequested(1L, uni.id(), uni.name(), company.id(), company.name(), "Hello"))
                .andWaitForStateChange(() -> rows.noticeTitles(uni.staffId()), titles -> !titles.isEmpty())
                .andVerify(titles -> assertThat(titles)
                        .containsExactly(company.name() + " asks to become a partner of " + uni.name()));

        assertThat(jdbc.sql("select link from notifications where user_id = :u")
                        .param("u", uni.staffId())
                        .query(String.class)
                        .single())
                .isEqualTo("/university/partnerships/1");
        assertThat(jdbc.sql("""
                        select count(*) from event_publication
                        where event_type like '%EmailRequested' and serialized_event like :to
                        """)
                        .param("to", "%\"careers@" + uni.domain() + "\"%")
                        .query(Long.class)
                        .single())
                .as("an e-mail to the career office is queued with the notice")
                .isOne();
    }

    @Test
    void anApprovalTellsEveryCompanyMemberAndSettlesTheCareerOfficesNotice(Scenario scenario) {
        Fixtures rows = new Fixtures(jdbc);
        Fixtures.TestUniversity uni = rows.university(false);
        Fixtures.TestCompany company = rows.company().create();
        long colleague = rows.employer().of(company.id()).create().userId();
        long partnership = 900_000L + uni.id();
        scenario.publish(
                        new PartnershipRequested(partnership, uni.id(), uni.name(), company.id(), company.name(), null))
                .andWaitForStateChange(() -> rows.noticeTitles(uni.staffId()), titles -> !titles.isEmpty())
                .andVerify(titles -> assertThat(titles).hasSize(1));

        scenario.publish(new PartnershipApproved(partnership, uni.id(), uni.name(), company.id(), uni.staffId()))
                .andWaitForStateChange(() -> rows.noticeTitles(colleague), titles -> !titles.isEmpty())
                .andVerify(titles ->
                        assertThat(titles).containsExactly(uni.name() + " approved your company as a vetted partner"));

        assertThat(rows.noticeTitles(company.memberId()))
                .containsExactly(uni.name() + " approved your company as a vetted partner");
        assertThat(jdbc.sql("select count(*) from notifications where user_id = :u and read_at is null")
                        .param("u", uni.staffId())
                        .query(Long.class)
                        .single())
                .as("the request's notice is read once it is decided")
                .isZero();
    }

    @Test
    void aSavedSearchAlertNamesThePostingsAndLinksToTheSearch(Scenario scenario) {
        Fixtures rows = new Fixtures(jdbc);
        long student = rows.student(rows.university(false), "Ada");
        SavedSearchMatched matched = new SavedSearchMatched(
                student,
                1L,
                "Data jobs",
                "/postings?q=data",
                "token-" + student,
                List.of(
                        new SavedSearchMatched.Match(11, "Clean a dataset", "Copperleaf"),
                        new SavedSearchMatched.Match(12, "Chart sales", "Bluefin")));

        scenario.publish(matched)
                .andWaitForStateChange(() -> rows.noticeTitles(student), titles -> !titles.isEmpty())
                .andVerify(titles -> assertThat(titles).containsExactly("2 new postings match \"Data jobs\""));

        assertThat(jdbc.sql("select body || ' | ' || link from notifications where user_id = :u")
                        .param("u", student)
                        .query(String.class)
                        .single())
                .isEqualTo("2 new postings match your saved search \"Data jobs\": Clean a dataset (Copperleaf);"
                        + " Chart sales (Bluefin). | /postings?q=data");
    }

    @Test
    void aStudentsMessageOnAnEngagementReachesTheOtherMembersOfTheCompanyNotTheStudent(Scenario scenario) {
        Fixtures rows = new Fixtures(jdbc);
        long student = rows.student(rows.university(false), "Grace");
        Fixtures.TestCompany company = rows.company().create();
        EngagementActivity message = new EngagementActivity(
                77,
                "Build a dashboard",
                company.id(),
                student,
                student,
                "Grace",
                EngagementActivity.Kind.MESSAGE,
                true);

        scenario.publish(message)
                .andWaitForStateChange(() -> rows.noticeTitles(company.memberId()), titles -> !titles.isEmpty())
                .andVerify(titles -> assertThat(titles).containsExactly("New message: Build a dashboard"));

        assertThat(rows.noticeTitles(student)).isEmpty();
    }
}
