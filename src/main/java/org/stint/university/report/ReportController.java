package org.stint.university.report;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.stint.account.AccountPrincipal;
import org.stint.shared.Money;
import org.stint.university.report.OutcomeReport.Group;

/** The career office's outcome dashboard and its CSV exports, for the staff member's own university. */
@Controller
class ReportController {

    /** The page lists the companies with most hires; the figures CSV has them all. */
    static final int COMPANIES_ON_PAGE = 25;

    private static final String RANGE = "range";

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private final ReportService reports;

    private final MessageSource messages;

    ReportController(ReportService reports, MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    /**
     * The months the page and each export cover, from the {@code from} and {@code to} parameters;
     * also the page's {@code range}.
     */
    @ModelAttribute(RANGE)
    ReportRange range(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return reports.range(from, to);
    }

    @GetMapping("/university/reports")
    String dashboard(
            @ModelAttribute(name = RANGE, binding = false) ReportRange range,
            @AuthenticationPrincipal AccountPrincipal user,
            Model model) {
        OutcomeReport report = reports.report(user.userId(), range);
        YearMonth currentMonth = reports.currentMonth();
        model.addAttribute("report", report);
        model.addAttribute("monthChoices", range.choices(report.firstMonth(), currentMonth));
        model.addAttribute(
                "companies",
                report.byCompany().stream().limit(COMPANIES_ON_PAGE).toList());
        model.addAttribute("monthChart", monthChart(report));
        model.addAttribute("categoryChart", categoryChart(report));
        return "university/reports";
    }

    @GetMapping(value = "/university/reports/figures.csv", produces = "text/csv")
    void figuresCsv(
            @ModelAttribute(name = RANGE, binding = false) ReportRange range,
            @AuthenticationPrincipal AccountPrincipal user,
            HttpServletResponse response)
            throws IOException {
        OutcomeReport report = reports.report(user.userId(), range);
        Csv csv = csv(response, "outcomes-" + range.from() + "-to-" + range.to() + ".csv");
        List<Object> header = new ArrayList<>(List.of(
                "breakdown",
                "group",
                "students_active",
                "applications",
                "hires",
                "completions",
                "hours_worked",
                "average_rating"));
        OutcomeReport.CURRENCIES.forEach(c -> header.add("earnings_" + c.toLowerCase(Locale.ROOT)));
        csv.row(header);
        csv.row(figureRow("total", report.universityName(), report.totals()));
        for (Group<YearMonth> month : report.byMonth()) {
            csv.row(figureRow("month", month.key().toString(), month.figures()));
        }
        for (Group<String> company : report.byCompany()) {
            csv.row(figureRow("company", company.key(), company.figures()));
        }
        for (Group<String> category : report.byCategory()) {
            csv.row(figureRow("category", category.key(), category.figures()));
        }
        // applications that led to no work: counts only, never names (the engagements CSV has none)
        for (ReportQueries.OutcomeCount outcome : reports.outcomes(user.userId(), range)) {
            List<Object> row = new ArrayList<>(List.of("outcome", outcome.outcome()));
            if (outcome.suppressed()) {
                row.add(text("university.reports.fewer"));
                row.add("");
            } else {
                row.add(outcome.students());
                row.add(outcome.applications());
            }
            for (int i = 0; i < 4 + OutcomeReport.CURRENCIES.size(); i++) {
                row.add("");
            }
            csv.row(row);
        }
        response.getWriter().flush();
    }

    @GetMapping(value = "/university/reports/engagements.csv", produces = "text/csv")
    void engagementsCsv(
            @ModelAttribute(name = RANGE, binding = false) ReportRange range,
            @AuthenticationPrincipal AccountPrincipal user,
            HttpServletResponse response)
            throws IOException {
        Csv csv = csv(response, "engagements-" + range.from() + "-to-" + range.to() + ".csv");
        csv.row(List.of(
                "student",
                "email",
                "company",
                "posting",
                "category",
                "status",
                "applied_on",
                "hired_on",
                "completed_on",
                "hours_worked",
                "rating",
                "paid_amount",
                "currency",
                "paid_on"));
        reports.engagements(user.userId(), range, e -> {
            try {
                csv.row(java.util.Arrays.asList(
                        e.student(),
                        e.email(),
                        e.company(),
                        e.posting(),
                        e.category(),
                        e.status(),
                        e.submitted(),
                        e.hired(),
                        e.completed(),
                        e.hours(),
                        e.rating(),
                        e.payMinor() == null
                                ? null
                                : Money.of(e.payMinor(), e.currency()).amount(),
                        e.currency(),
                        e.paidOn()));
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        });
        response.getWriter().flush();
    }

    private List<Object> figureRow(String breakdown, String group, OutcomeFigures f) {
        List<Object> row = new ArrayList<>(List.of(breakdown, group == null ? "" : group));
        if (f.suppressed() && f.students() > 0) {
            row.add(text("university.reports.fewer"));
            for (int i = 0; i < 5 + OutcomeReport.CURRENCIES.size(); i++) {
                row.add("");
            }
            return row;
        }
        row.add(f.students());
        row.add(f.applications());
        row.add(f.hires());
        row.add(f.completions());
        row.add(f.hours());
        row.add(f.averageRating());
        for (String currency : OutcomeReport.CURRENCIES) {
            row.add(
                    f.earned(currency) == 0
                            ? BigDecimal.ZERO
                            : Money.of(f.earned(currency), currency).amount());
        }
        return row;
    }

    private Chart monthChart(OutcomeReport report) {
        return Chart.columns(
                report.byMonth().stream().map(g -> MONTH.format(g.key())).toList(),
                report.byMonth().stream().map(Group::figures).toList(),
                series(),
                text("university.reports.fewer.short"));
    }

    private Chart categoryChart(OutcomeReport report) {
        return Chart.columns(
                report.byCategory().stream()
                        .map(g -> text("category." + g.key()))
                        .toList(),
                report.byCategory().stream().map(Group::figures).toList(),
                series(),
                text("university.reports.fewer.short"));
    }

    private List<Chart.Series> series() {
        return List.of(
                new Chart.Series(
                        text("university.reports.applications"), "bar-applications", OutcomeFigures::applications),
                new Chart.Series(text("university.reports.hires"), "bar-hires", OutcomeFigures::hires),
                new Chart.Series(
                        text("university.reports.completions"), "bar-completions", OutcomeFigures::completions));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    private static Csv csv(HttpServletResponse response, String fileName) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter writer = response.getWriter();
        return new Csv(writer);
    }
}
