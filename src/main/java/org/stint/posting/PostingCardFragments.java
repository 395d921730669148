package org.stint.posting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.HtmlUtils;
import org.stint.shared.FragmentRenderer;
import org.thymeleaf.ITemplateEngine;

/**
 * A posting card's HTML, rendered by its Thymeleaf fragment once per content and locale and then
 * reused ("fragment caching"). A results page shows 20 cards of some fifteen expressions and
 * formatted messages each, and rendering them was most of the page's cost, while a card's HTML
 * depends only on the card's own fields. The entry is keyed by posting and locale and holds the
 * card it was rendered from: a card whose content differs in any field (an edit, a renamed
 * company, a price change) is rendered afresh, so nothing stale is ever shown.
 *
 * <p>The viewer-dependent part, the "vetted partner" mark, is not cached: the fragment is split
 * where the mark goes ({@link #MARK}) and the mark, if the viewer's university vouches for the
 * company, is put between the two halves. A page asks for a whole card in one expression.
 *
 * <p>Pages reach it as the model attribute {@code postingCards}: {@code th:utext} may not refer
 * to beans ({@code @name}), a Thymeleaf safeguard for unescaped output.
 */
@ControllerAdvice
class PostingCardFragments {

    /** Where the card's per-viewer mark goes; the cached HTML is split there. */
    static final String MARK = "<!--stint:mark-->";

    private final FragmentRenderer renderer;

    private final MessageSource messages;

    private final Cache<Key, Rendered> cache;

    PostingCardFragments(ITemplateEngine templates, ApplicationContext context, MessageSource messages) {
        this.renderer = new FragmentRenderer(templates, context);
        this.messages = messages;
        this.cache = Caffeine.newBuilder().maximumSize(20_000).build();
    }

    @ModelAttribute("postingCards")
    PostingCardFragments postingCards() {
        return this;
    }

    /**
     * The cards of a list, each in its {@code article}, as one piece of HTML: one expression for
     * the whole list rather than a template loop of twenty.
     */
    public String list(List<PostingCard> cards, PartnerMarks marks) {
        StringBuilder html = new StringBuilder(cards.size() * 1_500);
        for (PostingCard card : cards) {
            html.append("<article class=\"card posting-card\">")
                    .append(html(card, marks))
                    .append("</article>");
        }
        return html.toString();
    }

    /**
     * The card's inner HTML for the current locale, with the "vetted partner" mark when {@code
     * marks} (the viewer's, may be null) include its company.
     */
    public String html(PostingCard card, PartnerMarks marks) {
        Locale locale = LocaleContextHolder.getLocale();
        Rendered rendered = rendered(card, locale);
        if (marks == null || !marks.has(card.companyId())) {
            return rendered.head() + rendered.body();
        }
        String mark = messages.getMessage("posting.vetted", new Object[] {marks.universityName()}, locale);
        return rendered.head() + "<p class=\"vetted-mark\">" + HtmlUtils.htmlEscape(mark) + "</p>" + rendered.body();
    }

    private Rendered rendered(PostingCard card, Locale locale) {
        Key key = new Key(card.id(), locale);
        Rendered cached = cache.getIfPresent(key);
        if (cached != null && cached.card().equals(card)) {
            return cached;
        }
        Rendered fresh = render(card, locale);
        cache.put(key, fresh);
        return fresh;
    }

    private Rendered render(PostingCard card, Locale locale) {
        String html = renderer.render("fragments/posting", "cardContent", locale, Map.of("p", card));
        int mark = html.indexOf(MARK);
        if (mark < 0) {
            throw new IllegalStateException("The card fragment lost its mark placeholder " + MARK);
        }
        return new Rendered(card, html.substring(0, mark), html.substring(mark + MARK.length()));
    }

    private record Key(long postingId, Locale locale) {}

    private record Rendered(PostingCard card, String head, String body) {}
}
