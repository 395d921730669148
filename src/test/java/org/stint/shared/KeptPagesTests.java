package org.stint.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/** When a kept page is sent, and when the template is rendered instead. */
class KeptPagesTests {

    private final AtomicInteger renders = new AtomicInteger();

    /** A template that writes which rendering this is, and the status the model asks for. */
    private final ViewResolver templates = (name, locale) -> (View) (model, request, response) -> {
        if (model.get("status") instanceof Integer status) {
            response.setStatus(status);
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(name + " rendering " + renders.incrementAndGet() + " – " + model.get("shown"));
    };

    private final KeptPages<String> pages = new KeptPages<>(templates, "page", 1024 * 1024);

    @BeforeEach
    void english() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void noLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    private MockHttpServletResponse send(String key, Object value, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        pages.view(key, value).render(Map.of("shown", value), request, response);
        return response;
    }

    private MockHttpServletResponse send(String key, Object value) throws Exception {
        return send(key, value, new MockHttpServletRequest("GET", "/page"));
    }

    @Test
    void aPageIsRenderedOnceAndSentAgainWhileItsValueIsTheSameOrEqual() throws Exception {
        String value = "ten postings";
        MockHttpServletResponse first = send("search", value);
        assertThat(first.getContentAsString()).isEqualTo("page rendering 1 – ten postings");

        MockHttpServletResponse again = send("search", value);
        assertThat(again.getContentAsString()).isEqualTo("page rendering 1 – ten postings");
        assertThat(again.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(again.getContentLength())
                .isEqualTo("page rendering 1 – ten postings".getBytes(StandardCharsets.UTF_8).length);
        assertThat(again.getHeader("Content-Language")).isEqualTo("en");

        assertThat(send("search", new String(value)).getContentAsString()).isEqualTo("page rendering 1 – ten postings");
        assertThat(send("search", "eleven postings").getContentAsString())
                .isEqualTo("page rendering 2 – eleven postings");
        assertThat(send("other search", "eleven postings").getContentAsString())
                .isEqualTo("page rendering 3 – eleven postings");
        assertThat(renders).hasValue(3);
    }

    @Test
    void aSignedInVisitorsPageIsRenderedForThemAndNotKept() throws Exception {
        MockHttpServletRequest signedIn = new MockHttpServletRequest("GET", "/page");
        signedIn.setUserPrincipal(() -> "maya");
        assertThat(send("search", "ten", signedIn).getContentAsString()).isEqualTo("page rendering 1 – ten");
        assertThat(send("search", "ten", signedIn).getContentAsString()).isEqualTo("page rendering 2 – ten");
        assertThat(send("search", "ten").getContentAsString()).isEqualTo("page rendering 3 – ten");
        assertThat(send("search", "ten", signedIn).getContentAsString()).isEqualTo("page rendering 4 – ten");
    }

    @Test
    void aPageShowingAFlashMessageIsNeitherSentFromNorKept() throws Exception {
        send("search", "ten");
        MockHttpServletRequest withFlash = new MockHttpServletRequest("GET", "/page");
        FlashMap flash = new FlashMap();
        flash.put("flash", "account.signedOut");
        withFlash.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, flash);
        assertThat(send("search", "ten", withFlash).getContentAsString()).isEqualTo("page rendering 2 – ten");
        assertThat(send("search", "ten").getContentAsString()).isEqualTo("page rendering 1 – ten");
    }

    @Test
    void onlyAnAnsweredPageIsKept() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        pages.view("search", "ten")
                .render(Map.of("shown", "ten", "status", 503), new MockHttpServletRequest(), response);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).isEqualTo("page rendering 1 – ten");
        assertThat(send("search", "ten").getContentAsString()).isEqualTo("page rendering 2 – ten");
    }

    @Test
    void eachLocaleHasItsOwnPage() throws Exception {
        send("search", "ten");
        LocaleContextHolder.setLocale(Locale.FRENCH);
        MockHttpServletResponse french = send("search", "ten");
        assertThat(french.getContentAsString()).isEqualTo("page rendering 2 – ten");
        assertThat(french.getHeader("Content-Language")).isEqualTo("fr");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(send("search", "ten").getContentAsString()).isEqualTo("page rendering 1 – ten");
    }
}
