package org.stint.university.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Fixtures.TestUniversity;
import org.stint.testsupport.Html;

/**
 * The outcome report against figures worked out by hand on a fixed data set (range 1 January to
 * 31 March 2025). The comments give the arithmetic.
 */
class ReportFiguresTests extends AppTestSupport {

    private static final String RANGE = "?from=2025-01-01&to=2025-03-31";

    private TestUniversity uni;

    private TestCompany partner;

    private TestCompany other;

    private static Instant at(String day) {
        return Instant.parse(day + "T10:00:00Z");
    }

    @BeforeEach
    void fixedDataSet() {
        Fixtures f = new Fixtures(jdbc);
        uni = f.university(false);
        partner = f.company("Report Partner");
        other = f.company("Report Other");
        f.partnership(uni, partner, "APPROVED");
        long p1 = f.posting(partner, "Data posting for reports", "DATA", "USD");
        long q1 = f.posting(other, "Design posting for reports", "DESIGN", "GBP");
        long[] s = new long[8];
        for (int i = 1; i <= 7; i++) {
            s[i] = f.student(uni, "Report Student " + i);
        }
        long a;
        a = f.application(p1, s[1], "COMPLETED", at("2025-01-05"), at("2025-01-10"), at("2025-02-10"), 40.0, 5);
        f.payment(a, 100_000, "USD", LocalDate.parse("2025-02-15"), partner.memberId());
        a = f.application(p1, s[2], "COMPLETED", at("2025-01-06"), at("2025-01-12"), at("2025-02-12"), 30.5, 4);
        f.payment(a, 80_000, "USD", LocalDate.parse("2025-02-20"), partner.memberId());
        f.application(p1, s[3], "REJECTED", at("2025-01-07"), null, null, null, null);
        f.application(p1, s[4], "SUBMITTED", at("2025-01-08"), null, null, null, null);
        f.application(p1, s[5], "HIRED", at("2025-01-09"), at("2025-01-20"), null, null, null);
        a = f.application(q1, s[6], "COMPLETED", at("2025-01-15"), at("2025-02-01"), at("2025-03-01"), 10.0, 3);
        f.payment(a, 50_000, "GBP", LocalDate.parse("2025-03-05"), other.memberId());
        f.application(q1, s[1], "WITHDRAWN", at("2025-02-03"), null, null, null, null);
        // applied before the range, hired inside it
        f.application(q1, s[7], "HIRED", at("2024-12-20"), at("2025-01-03"), null, null, null);
        // after the range: counted nowhere
        f.application(q1, s[2], "SUBMITTED", at("2025-04-02"), null, null, null, null);
        // another university's student at the same company: never in this report
        TestUniversity elsewhere = f.university(false);
        long stranger = f.student(elsewhere, "Elsewhere Student");
        f.application(p1, stranger, "HIRED", at("2025-01-11"), at("2025-01-12"), null, null, null);
    }

    private RequestPostProcessor staff() {
        return as(uni.staffEmail());
    }

    private Document dashboard() throws Exception {
        return Html.parse(mvc.perform(get("/university/reports" + RANGE).with(staff()))
                .andExpect(status().isOk())
                .andReturn());
    }

    private static List<String> cells(Document page, String table, String group) {
        return page.select("#" + table + " tbody tr:has(th:containsOwn(" + group + ")) td, #" + table
                        + " tbody tr:has(th span:containsOwn(" + group + ")) td")
                .eachText();
    }

    @Test
    void totalsMatchTheHandComputedFigures() throws Exception {
        Document page = dashboard();
        // students S1..S7 (S7 only through a hire in January)
        assertThat(page.select("#total-students").text()).isEqualTo("7");
        // submitted in range: S1,S2,S3,S4,S5 at the partner; S6 and S1 at the other company
        assertThat(page.select("#total-applications").text()).isEqualTo("7");
        // hired in range: S1, S2, S5, S6, S7
        assertThat(page.select("#total-hires").text()).isEqualTo("5");
        // completed in range: S1, S2, S6; hours 40 + 30.5 + 10; rating (5 + 4 + 3) / 3
        assertThat(page.select("#total-completions").text()).isEqualTo("3");
        assertThat(page.select("#total-hours").text()).isEqualTo("80.5");
        assertThat(page.select("#total-rating").text()).isEqualTo("4.0");
        // paid: $1,000 + $800; £500
        assertThat(page.select("#total-earnings").text()).isEqualTo("$1,800 · £500");
    }

    @Test
    void rangesAreWholeMonthsChosenFromLabelledLists() throws Exception {
        // the old day links above mean their months; the form sends months
        Document page = Html.parse(
                mvc.perform(get("/university/reports?from=2025-01&to=2025-03").with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(page.select("#total-students").text()).isEqualTo("7");
        assertThat(page.select("#total-applications").text()).isEqualTo("7");
        assertThat(page.select("label[for=from]").text()).isEqualTo("From month");
        assertThat(page.select("select#from option[selected]").attr("value")).isEqualTo("2025-01");
        assertThat(page.select("select#to option[selected]").attr("value")).isEqualTo("2025-03");
        assertThat(page.select("select#to option[selected]").text()).isEqualTo("Mar 2025");
        // the choices reach back to the university's first month with data (December 2024)
        assertThat(page.select("select#from option").eachAttr("value"))
                .contains("2024-12")
                .doesNotContain("2024-11");
        assertThat(page.select("#figures-csv").attr("href")).endsWith("figures.csv?from=2025-01&to=2025-03");
        // reversed months are swapped: February to January is January to February
        Document swapped = Html.parse(
                mvc.perform(get("/university/reports?from=2025-02&to=2025-01").with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(swapped.select("#month-table tbody th").eachText()).containsExactly("Jan 2025", "Feb 2025");
    }

    @Test
    void breakdownsHideGroupsOfFewerThanFiveStudents() throws Exception {
        Document page = dashboard();
        // January: 6 applications, hires S1, S2, S5, S7; students S1..S7
        assertThat(cells(page, "month-table", "Jan 2025")).containsExactly("7", "6", "4", "0", "0", "–");
        // February: students S1, S2, S6 only; March: S6 only
        assertThat(cells(page, "month-table", "Feb 2025")).containsExactly("fewer than 5");
        assertThat(cells(page, "month-table", "Mar 2025")).containsExactly("fewer than 5");
        // the partner: S1..S5, 5 applications, 3 hires, 2 completions, 70.5 h, rating 4.5, $1,800
        assertThat(cells(page, "company-table", partner.name()))
                .containsExactly("5", "5", "3", "2", "70.5", "4.5", "$1,800");
        // the other company: S1, S6, S7
        assertThat(cells(page, "company-table", other.name())).containsExactly("fewer than 5");
        assertThat(cells(page, "category-table", "Data and analytics"))
                .containsExactly("5", "5", "3", "2", "70.5", "4.5", "$1,800");
        assertThat(cells(page, "category-table", "Design")).containsExactly("fewer than 5");
        assertThat(page.select(".top-partners li").eachText())
                .containsExactly(partner.name() + ": 3 hires, 2 completions");
        assertThat(page.select("#month-chart svg rect.bar-hires")).hasSize(1);
        assertThat(page.select("#month-chart svg text").eachText()).contains("<5");
        assertThat(page.select("#month-chart svg text:has(tspan)")
                        .first()
                        .select("tspan")
                        .eachText())
                .as("a month's label on two lines, so twelve fit side by side")
                .hasSize(2)
                .last()
                .asString()
                .matches("\\d{4}");
    }

    /** Where every group is too small to show, there is no empty chart frame but a sentence saying why. */
    @Test
    void aChartWithOnlySmallGroupsGivesWayToASentence() throws Exception {
        // February and March: students S1, S2 and S6 only
        Document page = Html.parse(
                mvc.perform(get("/university/reports?from=2025-02&to=2025-03").with(staff()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(page.select("main svg")).isEmpty();
        assertThat(page.select("p#month-chart").text()).startsWith("No chart: every group here had fewer than 5");
        assertThat(page.select("p#category-chart").text()).startsWith("No chart: every group here had fewer than 5");
        assertThat(cells(page, "month-table", "Feb 2025")).containsExactly("fewer than 5");
        // the full range still draws January
        assertThat(dashboard().select("figure#month-chart svg")).hasSize(1);
    }

    @Test
    void hoursAreWholeNumbersWithThousandsSeparators() {
        OutcomeFigures large =
                new OutcomeFigures(9, 9, 9, 9, new java.math.BigDecimal("1320.0"), null, java.util.Map.of());
        assertThat(large.hoursText()).isEqualTo("1,320");
        OutcomeFigures half =
                new OutcomeFigures(9, 9, 9, 9, new java.math.BigDecimal("12045.50"), null, java.util.Map.of());
        assertThat(half.hoursText()).isEqualTo("12,045.5");
    }

    @Test
    void theFiguresCsvHasTheSameNumbersAndTheSmallGroupRule() throws Exception {
        String csv = mvc.perform(get("/university/reports/figures.csv" + RANGE).with(staff()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("breakdown,group,students_active,applications,hires,completions,hours_worked,"
                        + "average_rating,earnings_usd,earnings_gbp,earnings_eur,earnings_inr");
        assertThat(lines).contains("total," + uni.name() + ",7,7,5,3,80.5,4.0,1800.00,500.00,0,0");
        assertThat(lines).contains("month,2025-01,7,6,4,0,0,,0,0,0,0");
        assertThat(lines).contains("month,2025-02,fewer than 5,,,,,,,,,");
        assertThat(lines).contains("company," + partner.name() + ",5,5,3,2,70.5,4.5,1800.00,0,0,0");
        assertThat(lines).contains("company," + other.name() + ",fewer than 5,,,,,,,,,");
        assertThat(lines).contains("category,DESIGN,fewer than 5,,,,,,,,,");
        // S4 still waits, S3 was rejected, S1 withdrew: one student each, so only "fewer than 5"
        assertThat(lines)
                .contains(
                        "outcome,in_progress,fewer than 5,,,,,,,,,",
                        "outcome,rejected,fewer than 5,,,,,,,,,",
                        "outcome,withdrawn,fewer than 5,,,,,,,,,");
    }

    /** Rejections and withdrawals are counted, never named; five students or more make a count. */
    @Test
    void rejectionsAndWithdrawalsAreCountsInTheFiguresCsvAndNeverNamed() throws Exception {
        Fixtures f = new Fixtures(jdbc);
        long posting = f.posting(partner, "Popular posting for reports", "DATA", "USD");
        for (int i = 1; i <= 5; i++) {
            long student = f.student(uni, "Rejected Student " + i);
            f.application(posting, student, "REJECTED", at("2025-03-0" + i), null, null, null, null);
        }
        String figures = mvc.perform(
                        get("/university/reports/figures.csv" + RANGE).with(staff()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(figures.lines().toList())
                .contains("outcome,rejected,6,6,,,,,,,,", "outcome,withdrawn,fewer than 5,,,,,,,,,");
        String engagements = mvc.perform(
                        get("/university/reports/engagements.csv" + RANGE).with(staff()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(engagements).doesNotContain("Rejected Student", "REJECTED", "WITHDRAWN", "SUBMITTED");
        assertThat(dashboard().select(".csv-privacy").text())
                .contains("names your students only for work they were hired for or completed")
                .contains("only as counts, hidden for groups of fewer than 5 students");
    }

    @Test
    void theEngagementsCsvListsTheHiredAndCompletedWorkTouchingTheRange() throws Exception {
        String csv = mvc.perform(
                        get("/university/reports/engagements.csv" + RANGE).with(staff()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> lines = csv.lines().toList();
        // S1, S2 and S6 completed, S5 and S7 hired; not the rejection, the withdrawal, the open
        // applications, nor another university's student
        assertThat(lines).hasSize(1 + 5);
        assertThat(lines.subList(1, lines.size()))
                .allMatch(line -> line.contains(",HIRED,") || line.contains(",COMPLETED,"));
        assertThat(lines)
                .noneMatch(line -> line.startsWith("Report Student 3,") || line.startsWith("Report Student 4,"));
        assertThat(lines.get(0)).startsWith("student,email,company,posting,category,status,applied_on");
        assertThat(lines)
                .anyMatch(line -> line.startsWith("Report Student 1,")
                        && line.contains(",COMPLETED,2025-01-05,2025-01-10,2025-02-10,40.0,5,1000.00,USD,2025-02-15"));
        assertThat(lines).noneMatch(line -> line.contains("Elsewhere Student"));
    }

    @Test
    void reportsAreForStaffOnly() throws Exception {
        mvc.perform(get("/university/reports/figures.csv")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/university/reports/engagements.csv").with(as(partner.memberEmail())))
                .andExpect(status().isForbidden());
    }

    @Test
    void formulaLikeCellsAreDefused() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell("-5")).isEqualTo("'-5");
        assertThat(Csv.cell(-5)).isEqualTo("-5");
        assertThat(Csv.cell("a,b")).isEqualTo("\"a,b\"");
    }
}
