package org.stint.posting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.stint.shared.FragmentRenderer;
import org.stint.shared.KeptRendering;
import org.thymeleaf.ITemplateEngine;

/**
 * The browse page's filter form, facet links and results, rendered once per search and locale
 * and then reused, like the result cards ({@link PostingCardFragments}). Each is a pure function
 * of the search (and of its counts, or its result): the form shows the search's own values, each
 * facet link is the search with one more filter, and a result page shows its result. Rendering
 * them was most of a results page's template time.
 *
 * <p>The country picker's 250 options are not kept per search: the form is cached with a
 * placeholder ({@link #COUNTRIES}) where {@link CountryOptions} puts them, with the search's
 * country selected. Pages reach it as the model attribute {@code browseFragments} (see {@link
 * PostingCardFragments} on why not as a bean).
 */
@ControllerAdvice(assignableTypes = PostingController.class)
class BrowseFragments {

    static final String COUNTRIES = "<!--stint:countries-->";

    private static final String TEMPLATE = "posting/_browse";

    private final FragmentRenderer renderer;

    private final Cache<Key, String> cache =
            Caffeine.newBuilder().maximumSize(5_000).build();

    /** A rendered result page is some 40 KB. */
    private final KeptRendering<PostingFilter, SearchResult> results;

    private final PostingCardFragments cards;

    BrowseFragments(ITemplateEngine templates, ApplicationContext context, PostingCardFragments cards) {
        this.renderer = new FragmentRenderer(templates, context);
        this.results = new KeptRendering<>(renderer, TEMPLATE, "results", 500);
        this.cards = cards;
    }

    @ModelAttribute("browseFragments")
    BrowseFragments browseFragments() {
        return this;
    }

    /** The filter form showing this search. */
    public String form(PostingFilter filter) {
        PostingFilter search = filter.withoutPage();
        String html = cached(
                "filters",
                search,
                null,
                () -> Map.of(
                        "filter", search,
                        "categories", Category.values(),
                        "modes", WorkMode.values(),
                        "sorts", SearchSort.values()));
        int at = html.indexOf(COUNTRIES);
        if (at < 0) {
            throw new IllegalStateException("The filter form lost its placeholder " + COUNTRIES);
        }
        return html.substring(0, at) + CountryOptions.html(search.country()) + html.substring(at + COUNTRIES.length());
    }

    /** The counts beside the results, each a link to this search with that value added. */
    public String facets(PostingFilter filter, SearchFacets facets) {
        PostingFilter search = filter.withoutPage();
        return cached("facets", search, facets, () -> Map.of("filter", search, "facets", facets));
    }

    /**
     * A page of results: count, facets, cards, page links and feed link. Kept per search, page
     * and locale with the result it shows, and used again only for an equal result (the result
     * cache hands out the same one while no posting changes). Viewers whose cards carry "vetted
     * partner" marks get it rendered for them.
     */
    public String results(PostingFilter filter, SearchResult result, PartnerMarks marks) {
        if (marks != null && !marks.companyIds().isEmpty()) {
            return renderer.render(
                    TEMPLATE, "results", LocaleContextHolder.getLocale(), resultVariables(filter, result, marks));
        }
        return results.html(filter, result, () -> resultVariables(filter, result, PartnerMarks.NONE));
    }

    private Map<String, Object> resultVariables(PostingFilter filter, SearchResult result, PartnerMarks marks) {
        return Map.of(
                "filter", filter,
                "result", result,
                "partnerMarks", marks,
                "browseFragments", this,
                "postingCards", cards);
    }

    private String cached(
            String fragment, PostingFilter search, SearchFacets facets, Supplier<Map<String, Object>> variables) {
        Locale locale = LocaleContextHolder.getLocale();
        return cache.get(
                new Key(fragment, search, facets, locale),
                key -> renderer.render(TEMPLATE, fragment, locale, variables.get()));
    }

    private record Key(String fragment, PostingFilter search, SearchFacets facets, Locale locale) {}
}
