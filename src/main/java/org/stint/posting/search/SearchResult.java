package org.stint.posting.search;

import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.stint.shared.Countries;

/**
 * One page of results, the number of matches and the facet counts. A search works on at most
 * {@link PostingSearch#MATCH_LIMIT} matches: {@code total} counts one more when there are more
 * ({@link #more}), and only the pages of the first thousand can be opened. {@code markets}: the
 * countries that have open postings, for the country picker (empty: not known yet). {@code
 * payCurrency}: the currency "Highest pay" ranks first (the viewer's), as the page states it.
 */
@NamedInterface("search")
public record SearchResult(
        List<PostingCard> items,
        long total,
        int page,
        int pageSize,
        SearchFacets facets,
        boolean keywordsIgnored,
        List<String> markets,
        String payCurrency) {

    public static final int MAX_PAGES = PostingSearch.MATCH_LIMIT / PostingSearch.PAGE_SIZE;

    public SearchResult(List<PostingCard> items, long total, int page, int pageSize) {
        this(items, total, page, pageSize, SearchFacets.none(), false, List.of(), "USD");
    }

    /** The countries to pick from: those with open postings and the one chosen, else every country. */
    public List<Countries.Country> countryChoices(String chosen) {
        if (markets.isEmpty()) {
            return Countries.all();
        }
        java.util.Set<String> codes = new java.util.HashSet<>(markets);
        if (chosen != null) {
            codes.add(chosen);
        }
        return Countries.all().stream().filter(c -> codes.contains(c.code())).toList();
    }

    /** More matches than the search counts: the page says "1,000+". */
    public boolean more() {
        return total > PostingSearch.MATCH_LIMIT;
    }

    /** The number shown: exact, or the limit when there are more. */
    public long shownTotal() {
        return Math.min(total, PostingSearch.MATCH_LIMIT);
    }

    public int totalPages() {
        return (int) Math.min(MAX_PAGES, Math.max(1, (shownTotal() + pageSize - 1) / pageSize));
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public long firstIndex() {
        return items.isEmpty() ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long lastIndex() {
        return (long) (page - 1) * pageSize + items.size();
    }
}
