package org.stint.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** What every rendered page must get right, whoever looks at it. */
public final class PageChecks {

    private PageChecks() {}

    /** The usability checks plus the HTML checker on the raw markup. */
    public static void assertUsable(String html, String url) {
        HtmlValidator.assertValid(html, url);
        assertUsable(org.jsoup.Jsoup.parse(html), url);
    }

    public static void assertUsable(Document page, String url) {
        assertThat(page.html()).as("unresolved message keys on %s", url).doesNotContain("??");
        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).as("title of %s", url).isNotBlank();
        assertThat(page.select("h1")).as("one h1 on %s", url).hasSize(1);
        assertThat(page.select("main#main")).hasSize(1);
        for (Element field : page.select("input:not([type=hidden]), select, textarea")) {
            String id = field.id();
            boolean labelled =
                    (!id.isEmpty() && !page.select("label[for=" + id + "]").isEmpty())
                            || !field.parents().select("label").isEmpty();
            assertThat(labelled)
                    .as("label for %s on %s", field.outerHtml(), url)
                    .isTrue();
        }
        for (Element form : page.select("form[method=post]")) {
            assertThat(form.select("input[name=_csrf]"))
                    .as("CSRF token in %s", form.attr("action"))
                    .hasSize(1);
        }
        assertThat(page.select("[id]").eachAttr("id"))
                .as("duplicate ids on %s", url)
                .doesNotHaveDuplicates();
    }
}
