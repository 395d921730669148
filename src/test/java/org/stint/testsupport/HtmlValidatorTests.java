package org.stint.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The HTML checker every page check relies on finds invalid markup, page after page, and only that. */
class HtmlValidatorTests {

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>t</title></head><body>" + body
                + "</body></html>";
    }

    @Test
    void invalidMarkupFailsWithTheCheckersMessageAndValidMarkupPassesAfterIt() {
        assertThatCode(() -> HtmlValidator.assertValid(page("<main><h1>Fine</h1></main>"), "/fine"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> HtmlValidator.assertValid(page("<ul><div>not a list item</div></ul>"), "/list"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("HTML errors on /list")
                .hasMessageContaining("div");
        assertThatThrownBy(() -> HtmlValidator.assertValid(page("<img src=a.png>"), "/image"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("alt");
        assertThatCode(() -> HtmlValidator.assertValid(page("<p>Still <em>fine</em></p>"), "/again"))
                .doesNotThrowAnyException();
    }
}
