package org.stint.posting;

import java.util.List;
import org.springframework.web.util.HtmlUtils;
import org.stint.shared.Countries;

/**
 * The {@code <option>}s of the browse page's country picker, rendered once. Some 250 options
 * with three template expressions each were the largest single cost of rendering the browse
 * page; the list never changes, so it is built as escaped HTML at start-up and only the selected
 * country is marked per request.
 */
final class CountryOptions {

    private static final List<String> OPTIONS = Countries.all().stream()
            .map(c -> "<option value=\"" + HtmlUtils.htmlEscape(c.code()) + "\">" + HtmlUtils.htmlEscape(c.name())
                    + "</option>")
            .toList();

    private static final String ALL = String.join("\n", OPTIONS);

    private CountryOptions() {}

    /** Every country as an option, the given one (if any) selected. */
    static String html(String selectedCode) {
        if (selectedCode == null || !selectedCode.matches("[A-Z]{2}")) {
            return ALL;
        }
        String plain = "<option value=\"" + selectedCode + "\">";
        return ALL.replace(plain, "<option value=\"" + selectedCode + "\" selected>");
    }
}
