package org.stint.university.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stint.testsupport.AppTest;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Co;
import org.stint.testsupport.Fixtures.Uni;
import org.stint.testsupport.Html;

/**
 * A kept report, and the dashboard rendered from it, is served only while nothing it shows has
 * changed (V45): figures, companies' names, approved partnerships, and only for its own university.
 */
@AppTest
@TestPropertySource(properties = "stint.reports.cache-seconds=600")
class ReportCacheTests {

    private static final ReportRange MARCH = new ReportRange(YearMonth.of(2025, 3), YearMonth.of(2025, 3));

    private static final Instant IN_MARCH = Instant.parse("2025-03-10T10:00:00Z");

    @Autowired
    ReportQueries queries;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private Fixtures f;

    private Uni uni;

    private Co company;

    private long posting;

    @BeforeEach
    void oneApplication() {
        f = new Fixtures(jdbc);
        uni = f.university(false);
        company = f.company("Cached Report Co");
        posting = f.posting(company, "Cached report posting", "DATA", "USD");
        f.application(posting, f.student(uni, "Cached Student 1"), "SUBMITTED", IN_MARCH, null, null, null, null);
    }

    private OutcomeReport report() {
        return queries.report(uni.id(), uni.name(), MARCH);
    }

    @Test
    void aReportIsKeptUntilItsFiguresChange() {
        OutcomeReport first = report();
        assertThat(first.totals().applications()).isEqualTo(1);
        assertThat(report()).isSameAs(first);

        // another university's figures change: this report still holds
        Uni elsewhere = f.university(false);
        f.application(posting, f.student(elsewhere, "Elsewhere"), "SUBMITTED", IN_MARCH, null, null, null, null);
        assertThat(report()).isSameAs(first);

        long hire = f.application(
                posting, f.student(uni, "Cached Student 2"), "HIRED", IN_MARCH, IN_MARCH, null, null, null);
        OutcomeReport second = report();
        assertThat(second.totals().applications()).isEqualTo(2);
        assertThat(second.totals().hires()).isEqualTo(1);

        f.payment(hire, 12_300, "USD", LocalDate.of(2025, 3, 20), company.memberId());
        assertThat(report().totals().earned("USD")).isEqualTo(12_300);
    }

    @Test
    void aPartnershipOrARenamedCompanyChangesTheReport() {
        assertThat(report().topPartners()).isEmpty();

        f.partnership(uni, company, "APPROVED");
        assertThat(report().topPartners()).extracting(OutcomeReport.Group::key).containsExactly(company.name());

        jdbc.sql("update companies set name = 'Renamed Report Co' where id = :id")
                .param("id", company.id())
                .update();
        assertThat(report().byCompany()).extracting(OutcomeReport.Group::key).containsExactly("Renamed Report Co");
    }

    @Test
    void nothingReadInsideARolledBackChangeIsEverServed() {
        long[] inside = new long[1];
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            f.application(posting, f.student(uni, "Rolled Back"), "SUBMITTED", IN_MARCH, null, null, null, null);
            assertThat(report().totals().applications()).isEqualTo(2);
            inside[0] = version();
            status.setRollbackOnly();
        });
        // As many committed changes as the rolled-back one made, with no report read in between:
        // with numbers counted up from the committed one, the last would be the number the
        // rolled-back report was kept under.
        Co unrelated = f.company("Unrelated partner");
        f.partnership(uni, unrelated, "REQUESTED");
        for (long change = version(); change < inside[0]; change++) {
            jdbc.sql("update partnerships set message = :m where company_id = :c")
                    .param("m", "change " + change)
                    .param("c", unrelated.id())
                    .update();
        }

        assertThat(report().totals().applications()).isEqualTo(1);
    }

    private long version() {
        return jdbc.sql("select version from report_versions where university_id = :u")
                .param("u", uni.id())
                .query(Long.class)
                .single();
    }

    @Test
    void theDashboardShowsTheNewFiguresAtOnce() throws Exception {
        for (int i = 2; i <= 5; i++) {
            f.application(
                    posting, f.student(uni, "Cached Student " + i), "SUBMITTED", IN_MARCH, null, null, null, null);
        }
        assertThat(totalApplications()).isEqualTo("5");
        assertThat(totalApplications()).isEqualTo("5");

        f.application(posting, f.student(uni, "Cached Student 6"), "SUBMITTED", IN_MARCH, null, null, null, null);
        assertThat(totalApplications()).isEqualTo("6");
    }

    private String totalApplications() throws Exception {
        return Html.parse(mvc.perform(get("/university/reports?from=2025-03&to=2025-03")
                                .with(user(users.loadUserByUsername(uni.staffEmail()))))
                        .andExpect(status().isOk())
                        .andReturn())
                .select("#total-applications")
                .text();
    }
}
