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
import org.thymeleaf.ITemplateEngine;

/**
 * The browse page's filter form and facet links, rendered once per search and locale and then
 * reused, like the result cards ({@link PostingCardFragments}). Both are pure functions of the
 * search (and, for the facets, of its counts): the form shows the search's own values, and each
 * facet link is the search with one more filter. Rendering them was most of a results page's
 * template time: some eighty expressions, messages and links against one per result card.
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

    BrowseFragments(ITemplateEngine templates, ApplicationContext context) {
        this.renderer = new FragmentRenderer(templates, context);
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

    private String cached(
            String fragment, PostingFilter search, SearchFacets facets, Supplier<Map<String, Object>> variables) {
        Locale locale = LocaleContextHolder.getLocale();
        return cache.get(
                new Key(fragment, search, facets, locale),
                key -> renderer.render(TEMPLATE, fragment, locale, variables.get()));
    }

    private record Key(String fragment, PostingFilter search, SearchFacets facets, Locale locale) {}
}
