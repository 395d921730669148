package org.stint.posting;

import java.util.List;

/** One page of results and the total number of matches. */
public record SearchResult(List<PostingCard> items, long total, int page, int pageSize) {

    public int totalPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
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
