package org.stint.posting;

import java.util.List;

/**
 * One page of results, the total number of matches and the facet counts. Only the first
 * {@link #MAX_PAGES} pages can be opened, so that no page costs more than skipping
 * {@code MAX_PAGES × pageSize} index entries; beyond them people narrow the search instead.
 */
public record SearchResult(
        List<PostingCard> items, long total, int page, int pageSize, SearchFacets facets, boolean keywordsIgnored) {

    public static final int MAX_PAGES = 250;

    public SearchResult(List<PostingCard> items, long total, int page, int pageSize) {
        this(items, total, page, pageSize, SearchFacets.none(), false);
    }

    public int totalPages() {
        return (int) Math.min(MAX_PAGES, Math.max(1, (total + pageSize - 1) / pageSize));
    }

    /** More matches than the pages reach. */
    public boolean truncated() {
        return total > (long) MAX_PAGES * pageSize;
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
