package org.stint.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;

/**
 * A student hired by a company for an hourly posting, with the helpers the engagement tests share:
 * the page as each party sees it, posting forms as a user, timesheets, approvals and uploads.
 *
 * <p>The posting asks for 10 h a week for 4 weeks: up to 44 h in all without a confirmation. The
 * student was hired five weeks ago, so six weeks are open for timesheets.
 */
abstract class EngagementTestSupport extends AppTestSupport {

    /** Northbridge's career office, from the demo data: the test students study there. */
    static final String OWN_STAFF = "careers@northbridge.edu";

    TestCompany employer;

    Person student;

    long engagement;

    final LocalDate thisWeek = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    @BeforeEach
    void hired() {
        employer = data.company().ownedBy("Boss Owner").create();
        student = data.student().create();
        long posting = data.posting(employer).hourly(2000, "USD").hours(10).create();
        engagement = data.hire(posting, student.userId())
                .hired(Instant.now().minus(35, ChronoUnit.DAYS))
                .create();
    }

    String url() {
        return "/engagements/" + engagement;
    }

    Document page(String email) throws Exception {
        Document page = Html.parse(mvc.perform(get(url()).with(as(email)))
                .andExpect(status().isOk())
                .andReturn());
        PageChecks.assertUsable(page, url());
        return page;
    }

    MvcResult send(AbstractMockHttpServletRequestBuilder<?> request, String email) throws Exception {
        return mvc.perform(request.with(csrf()).with(as(email))).andReturn();
    }

    MvcResult timesheet(LocalDate week, String hours, String... more) throws Exception {
        MockHttpServletRequestBuilder request =
                post(url() + "/timesheets").param("weekStart", week.toString()).param("hours", hours);
        for (int i = 0; i < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        return send(request, student.email());
    }

    long timesheetId(LocalDate week) {
        return jdbc.sql("select id from engagement_timesheets where application_id = :a and week_start = :w")
                .param("a", engagement)
                .param("w", week)
                .query(Long.class)
                .single();
    }

    void approve(LocalDate week) throws Exception {
        MvcResult result = send(post(url() + "/timesheets/" + timesheetId(week) + "/approve"), employer.memberEmail());
        assertThat(result.getResponse().getRedirectedUrl()).startsWith(url());
    }

    long uploadPdf() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        MvcResult result = send(
                multipart(url() + "/deliverables")
                        .file(new MockMultipartFile("file", "Final report.pdf", "application/pdf", pdf))
                        .param("title", "Final report"),
                student.email());
        assertThat(result.getResponse().getRedirectedUrl()).startsWith(url());
        return jdbc.sql("select max(id) from engagement_deliverables where application_id = :a")
                .param("a", engagement)
                .query(Long.class)
                .single();
    }

    BigDecimal hoursWorked() {
        return jdbc.sql("select hours_worked from applications where id = :a")
                .param("a", engagement)
                .query(BigDecimal.class)
                .single();
    }

    /** The hours in the university reports' summaries for the test company. */
    BigDecimal reportedHours() {
        return jdbc.sql("select coalesce(sum(hours_worked), 0) from report_month_figures where company_id = :c")
                .param("c", employer.id())
                .query(BigDecimal.class)
                .single();
    }
}
