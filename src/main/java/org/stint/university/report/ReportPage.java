package org.stint.university.report;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.stint.shared.FragmentRenderer;
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

    private static final String TEMPLATE = "university/_report";

    private record Key(String universityName, ReportRange range, Locale locale) {}

    private record Rendered(OutcomeReport report, YearMonth currentMonth, String html) {}

    private final FragmentRenderer renderer;

    private final Cache<Key, Rendered> kept =
            Caffeine.newBuilder().maximumSize(500).build();

    ReportPage(ITemplateEngine templates, ApplicationContext context) {
        this.renderer = new FragmentRenderer(templates, context);
    }

    /** {@code variables}: the fragment's variables, asked for only when it is rendered. */
    String body(OutcomeReport report, YearMonth currentMonth, Supplier<Map<String, Object>> variables) {
        Locale locale = LocaleContextHolder.getLocale();
        Key key = new Key(report.universityName(), report.range(), locale);
        Rendered rendered = kept.getIfPresent(key);
        if (rendered != null && rendered.currentMonth().equals(currentMonth)) {
            if (rendered.report() == report) {
                return rendered.html();
            }
            if (rendered.report().equals(report)) {
                // An equal report read afresh (reports are dropped after ten minutes): keep the new
                // one, so that the next requests compare identities instead of every company's
                // figures (that comparison cost a quarter of the page).
                kept.put(key, new Rendered(report, currentMonth, rendered.html()));
                return rendered.html();
            }
        }
        String html = renderer.render(TEMPLATE, "dashboard", locale, variables.get());
        kept.put(key, new Rendered(report, currentMonth, html));
        return html;
    }
}
