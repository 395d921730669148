package org.stint.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** A kept rendering is used again for an equal value only, per key and locale. */
class KeptRenderingTests {

    /** With a string resolver, the template's name is its text. */
    private static final String TEMPLATE =
            "<ul th:fragment=\"items\"><li th:each=\"i : ${items}\" th:text=\"${i}\"></li></ul>";

    private final List<List<String>> rendered = new ArrayList<>();

    private KeptRendering<String, List<String>> kept;

    @BeforeEach
    void aRequest() {
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        StaticApplicationContext context = new StaticApplicationContext();
        context.refresh();
        kept = new KeptRendering<>(new FragmentRenderer(engine, context), TEMPLATE, "items", 10);
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(new MockHttpServletRequest(), new MockHttpServletResponse()));
        LocaleContextHolder.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
        LocaleContextHolder.resetLocaleContext();
    }

    private String html(String key, List<String> items) {
        return kept.html(key, items, () -> {
            rendered.add(items);
            return Map.of("items", items);
        });
    }

    @Test
    void anEqualValueReadAfreshUsesTheKeptHtml() {
        String first = html("page", new ArrayList<>(List.of("a", "b")));

        assertThat(html("page", new ArrayList<>(List.of("a", "b")))).isEqualTo(first);
        assertThat(html("page", List.of("a", "b"))).isEqualTo(first);
        assertThat(rendered).hasSize(1);
        assertThat(first).contains("<li>a</li><li>b</li>");
    }

    @Test
    void aChangedValueAnotherKeyOrAnotherLocaleIsRenderedAgain() {
        html("page", List.of("a"));

        assertThat(html("page", List.of("a", "c"))).contains("<li>c</li>");
        assertThat(html("other", List.of("a", "c"))).contains("<li>c</li>");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        html("page", List.of("a", "c"));

        assertThat(rendered).hasSize(4);
    }
}
