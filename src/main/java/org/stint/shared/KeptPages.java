package org.stint.shared;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Whole pages for visitors who are not signed in, kept as the bytes sent and sent again for as
 * long as the value they show is the same: a search's result or a posting, kept elsewhere under
 * the postings' version number. Rendering the layout and page and encoding some 30 KB of HTML was
 * half of a kept search page's CPU time.
 *
 * <p>Such a page depends on nothing but its key, its value and the locale: the layout shows no
 * name, no notices and no form token to a visitor who is not signed in. A request parameter that
 * the template reads itself (the home page's {@code signedOut}) belongs in the key. A page is
 * neither kept nor served from here for a signed-in request (their pages carry their name and
 * forms with their token) or one that shows a flash message; those are rendered as usual. A
 * template used with this class must hold no form that posts for such visitors (a posting form
 * would carry the token of the visitor who asked first); the tests check the kept pages for it.
 *
 * @param <K> what identifies the page (a search, a posting)
 */
public final class KeptPages<K> {

    private static final String CONTENT_TYPE = "text/html;charset=UTF-8";

    private final ViewResolver templates;

    private final String viewName;

    private final KeptByValue<K, byte[]> pages;

    /** {@code maximumBytes}: the kept pages' total size. */
    public KeptPages(ViewResolver templates, String viewName, long maximumBytes) {
        this.templates = templates;
        this.viewName = viewName;
        this.pages = new KeptByValue<>(Caffeine.newBuilder()
                .maximumWeight(maximumBytes)
                .weigher((KeptByValue.Key<K> key, KeptByValue.Kept<byte[]> page) -> page.output().length)
                .build());
    }

    /**
     * The view for this request: the page kept for this key if it shows this value (or an equal
     * one), else the template rendered, and kept if it may be.
     */
    public View view(K key, Object value) {
        return (model, request, response) -> render(key, value, model, request, response);
    }

    private void render(
            K key, Object value, Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        Locale locale = LocaleContextHolder.getLocale();
        View template = templates.resolveViewName(viewName, locale);
        if (template == null) {
            throw new IllegalStateException("No template " + viewName);
        }
        if (request.getUserPrincipal() != null || showsFlash(request)) {
            template.render(model, request, response);
            return;
        }
        byte[] body = pages.get(key, locale, value);
        if (body == null) {
            Captured captured = new Captured(response);
            template.render(model, request, captured);
            body = captured.text().getBytes(StandardCharsets.UTF_8);
            if (response.getStatus() == HttpServletResponse.SC_OK) {
                pages.put(key, locale, value, body);
            }
        }
        response.setContentType(CONTENT_TYPE);
        response.setLocale(locale);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static boolean showsFlash(HttpServletRequest request) {
        Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
        return flash != null && !flash.isEmpty();
    }

    /** The response a template writes to, with its text held back; headers go through. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter(32 * 1024);

        private final PrintWriter writer = new PrintWriter(text);

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            throw new IllegalStateException("Templates write text");
        }

        @Override
        public void flushBuffer() {
            writer.flush();
        }

        String text() {
            writer.flush();
            return text.toString();
        }
    }
}
