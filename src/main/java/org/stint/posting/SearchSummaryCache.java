package org.stint.posting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Keeps a search's total and facet counts for a few seconds. Counting every match is the one part
 * of a search whose cost grows with the size of the marketplace (a page of 20 does not), and
 * counts a few seconds old are good enough beside a list of results. The page itself is always
 * read fresh. When an entry runs out, one request counts again and any others asking for the same
 * search meanwhile wait for its result rather than count too. Zero seconds turns the cache off
 * (the tests do).
 */
final class SearchSummaryCache {

    private record Key(PostingFilter filter, LocalDate today) {}

    private final Cache<Key, PostingSearch.Summary> entries;

    SearchSummaryCache(int seconds) {
        this.entries = seconds <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(10_000)
                        .expireAfterWrite(Duration.ofSeconds(seconds))
                        .build();
    }

    PostingSearch.Summary get(PostingFilter filter, LocalDate today, Supplier<PostingSearch.Summary> compute) {
        if (entries == null) {
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
        return entries.get(key, k -> compute.get());
    }
}
