package org.stint.university.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.ModuleTest;

/**
 * Outcome reports in the university module's context (the same annotations as
 * {@code UniversityModuleTests}, so one context for both): the summaries PostgreSQL keeps follow
 * the applications of the university's students, and the report's version moves with them, which
 * is what keeps a kept report from going stale.
 */
@ModuleTest
class ReportModuleTests {

    private static final Instant MARCH = Instant.parse("2025-03-04T10:00:00Z");

    private static final ReportRange SPRING = new ReportRange(YearMonth.of(2025, 1), YearMonth.of(2025, 6));

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportService reports;

    @Autowired
    ReportQueries queries;

    private void application(long posting, long student, String status, Instant hiredAt) {
        jdbc.sql("""
                        insert into applications (posting_id, student_id, cover_note, status, submitted_at, updated_at,
                            hired_at)
                        values (:posting, :student, 'Cover note', :status, :submitted, :submitted, :hired)
                        """)
                .param("posting", posting)
                .param("student", student)
                .param("status", status)
                .param("submitted", Timestamp.from(MARCH))
                .param("hired", hiredAt == null ? null : Timestamp.from(hiredAt))
                .update();
    }

    @Test
    void theReportCountsItsStudentsApplicationsAndHiresByMonthAndCompany() {
        Fixtures rows = new Fixtures(jdbc);
        Fixtures.TestUniversity uni = rows.university(false);
        Fixtures.TestCompany company = rows.company().create();
        long posting = rows.posting(company, "Chart sales", "DATA", "USD");
        application(posting, rows.student(uni, "Ada"), "SUBMITTED", null);
        application(posting, rows.student(uni, "Grace"), "HIRED", MARCH.plusSeconds(86_400));

        OutcomeReport report = reports.report(uni.staffId(), SPRING);

        assertThat(report.universityName()).isEqualTo(uni.name());
        assertThat(report.totals().applications()).isEqualTo(2);
        assertThat(report.totals().hires()).isEqualTo(1);
        assertThat(report.totals().students()).isEqualTo(2);
        assertThat(report.totals().suppressed())
                .as("two students are too few to show")
                .isTrue();
        assertThat(report.firstMonth()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(report.byCompany()).extracting(OutcomeReport.Group::key).containsExactly(company.name());
    }

    @Test
    void aChangeMovesOnlyItsOwnUniversitysReportVersion() {
        Fixtures rows = new Fixtures(jdbc);
        Fixtures.TestUniversity uni = rows.university(false);
        Fixtures.TestUniversity other = rows.university(false);
        long posting = rows.posting(rows.company().create(), "Label photos", "DATA", "USD");
        long student = rows.student(uni, "Ada");
        long before = queries.version(uni.id());
        long otherBefore = queries.version(other.id());

        application(posting, student, "SUBMITTED", null);

        assertThat(queries.version(uni.id())).isGreaterThan(before);
        assertThat(queries.version(other.id())).isEqualTo(otherBefore);
        assertThat(reports.report(other.staffId(), SPRING).totals().applications())
                .isZero();
        assertThat(reports.report(uni.staffId(), SPRING).totals().applications())
                .isEqualTo(1);
    }
}
