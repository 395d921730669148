package org.stint.posting;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps whole result pages of searches for as long as no posting has changed. The database counts
 * the changes to the postings ({@code posting_search_version}, V44, kept by triggers in the
 * changing transaction), and an entry is served only while that number is the one it was read
 * under: a posting published, edited, closed or hidden, by this instance or any other, makes every
 * search read afresh at its next request. Reading the number is one primary-key lookup; a search
 * is one to three statements that score and sort hundreds of matches (3 to 8 ms at 100,000
 * postings), and the same searches are asked again and again (the browse page, a popular word).
 *
 * <p>The day is part of the key, because postings leave the results when their deadline passes;
 * relevance also weighs each posting's age, so an entry is dropped after the set seconds even when
 * nothing changed. The counts beside the results come from {@link SearchSummaryCache}. Searches
 * under the partner-only rule (issue #4) differ per university and are not kept. Zero seconds
 * turns the cache off.
 */
final class SearchResultCache {

    /** A result page holds 20 cards and the facet counts, about 10 KB. */
    static final int MAXIMUM_ENTRIES = 2_000;

    private record Key(PostingFilter filter, LocalDate today) {}

    private record Entry(long version, SearchResult result) {}

    private final JdbcClient jdbc;

    private final Cache<Key, Entry> entries;

    SearchResultCache(JdbcClient jdbc, int seconds) {
        this.jdbc = jdbc;
        this.entries = seconds <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(MAXIMUM_ENTRIES)
                        .expireAfterWrite(Duration.ofSeconds(seconds))
                        .build();
    }

    /**
     * The kept result of this search if the postings have not changed since it was read, else
     * {@code search}'s, kept. Two requests that miss together both search: a search is short, and
     * nothing waits on another request's.
     */
    SearchResult get(PostingFilter filter, LocalDate today, Supplier<SearchResult> search) {
        if (entries == null) {
            return search.get();
        }
        long version = version();
        Key key = new Key(filter, today);
        Entry kept = entries.getIfPresent(key);
        if (kept != null && kept.version() == version) {
            return kept.result();
        }
        SearchResult result = search.get();
        entries.put(key, new Entry(version, result));
        return result;
    }

    /** Read before searching: a change committed in between is then seen by the search and only
     * makes the next request read afresh, never hides behind the number. */
    private long version() {
        return jdbc.sql("select version from posting_search_version")
                .query(Long.class)
                .single();
    }
}
