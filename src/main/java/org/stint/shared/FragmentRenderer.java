package org.stint.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders one Thymeleaf fragment to a string, during a request, with only the given variables
 * (and beans, messages and links as in any template), for pages that keep parts rendered once
 * (the posting cards, the browse page's form and results, the outcome dashboard). A plain object,
 * not a bean, so that the web slice tests, which load controller advice, need nothing more.
 */
public final class FragmentRenderer {

    private final ITemplateEngine templates;

    private final ApplicationContext context;

    private volatile JakartaServletWebApplication web;

    public FragmentRenderer(ITemplateEngine templates, ApplicationContext context) {
        this.templates = templates;
        this.context = context;
    }

    public String render(String template, String fragment, Locale locale, Map<String, Object> variables) {
        ServletRequestAttributes request = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletResponse response = request.getResponse();
        if (response == null) {
            throw new IllegalStateException("Fragments are rendered while answering a request");
        }
        Map<String, Object> all = new HashMap<>(variables);
        all.put(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        WebContext webContext =
                new WebContext(web(request.getRequest()).buildExchange(request.getRequest(), response), locale, all);
        return latin1(templates.process(template, Set.of(fragment), webContext));
    }

    /**
     * The HTML with every character beyond Latin-1 (₹, €, a dash, an emoji) written as a numeric
     * character reference, which a browser reads as the same character. Java keeps a string with
     * even one such character in UTF-16, and so does every page built from it: a page of Latin-1
     * parts is built and encoded at a fraction of the cost. The fragments rendered here hold no
     * script or style element, where references would not be decoded.
     */
    static String latin1(String html) {
        int first = 0;
        while (first < html.length() && html.charAt(first) <= 0xFF) {
            first++;
        }
        if (first == html.length()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 64).append(html, 0, first);
        html.codePoints().skip(html.codePointCount(0, first)).forEach(c -> {
            if (c <= 0xFF) {
                out.append((char) c);
            } else {
                out.append("&#x")
                        .append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT))
                        .append(';');
            }
        });
        return out.toString();
    }

    private JakartaServletWebApplication web(HttpServletRequest request) {
        JakartaServletWebApplication application = web;
        if (application == null) {
            application = JakartaServletWebApplication.buildApplication(request.getServletContext());
            web = application;
        }
        return application;
    }
}
