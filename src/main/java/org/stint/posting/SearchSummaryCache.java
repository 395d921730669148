package org.stint.posting;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Keeps a search's total and facet counts for a few seconds. Counting every match is the one part
 * of a search whose cost grows with the size of the marketplace (a page of 20 does not), and
 * counts a few seconds old are good enough beside a list of results. The page itself is always
 * read fresh. Zero seconds turns the cache off (the tests do).
 */
final class SearchSummaryCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Key(PostingFilter filter, LocalDate today) {}

    private record Entry(PostingSearch.Summary summary, long expiresAt) {}

    private final long ttlNanos;

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    SearchSummaryCache(int seconds) {
        this.ttlNanos = seconds * 1_000_000_000L;
    }

    PostingSearch.Summary get(PostingFilter filter, LocalDate today, Supplier<PostingSearch.Summary> compute) {
        if (ttlNanos <= 0) {
            return compute.get();
        }
        // The page and the sort do not change the counts.
        Key key = new Key(
                new PostingFilter(
                        filter.q(),
                        filter.category(),
                        filter.mode(),
                        filter.country(),
                        filter.minHours(),
                        filter.maxHours(),
                        filter.currency(),
                        filter.minPay(),
                        null,
                        null,
                        filter.skills(),
                        filter.city(),
                        filter.maxWeeks(),
                        filter.payType(),
                        filter.deadlineAfter()),
                today);
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && entry.expiresAt() - now > 0) {
            return entry.summary();
        }
        PostingSearch.Summary summary = compute.get();
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(summary, now + ttlNanos));
        return summary;
    }
}
