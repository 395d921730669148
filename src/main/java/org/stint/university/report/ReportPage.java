package org.stint.university.report;

import java.time.YearMonth;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.stint.shared.FragmentRenderer;
import org.stint.shared.KeptRendering;
import org.thymeleaf.ITemplateEngine;

/**
 * The outcome dashboard's body (range form, totals, charts and tables), rendered once per report,
 * month and locale and reused while the report is the same: {@link ReportQueries} hands out the
 * same report until the university's figures change, and the body depends on nothing else (no
 * viewer, no form token: the range form is a GET). Rendering it was four fifths of the page's work,
 * some 600 expressions for 25 companies, 12 months and two charts.
 */
@Component
class ReportPage {

    /** The current month marks the range form's last choice. */
    private record Key(String universityName, ReportRange range, YearMonth currentMonth) {}

    private final KeptRendering<Key, OutcomeReport> kept;

    ReportPage(ITemplateEngine templates, ApplicationContext context) {
        this.kept =
                new KeptRendering<>(new FragmentRenderer(templates, context), "university/_report", "dashboard", 500);
    }

    /** {@code variables}: the fragment's variables, asked for only when it is rendered. */
    String body(OutcomeReport report, YearMonth currentMonth, Supplier<Map<String, Object>> variables) {
        return kept.html(new Key(report.universityName(), report.range(), currentMonth), report, variables);
    }
}
