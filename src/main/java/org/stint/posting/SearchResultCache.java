package org.stint.posting;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.shared.VersionedCache;

/**
 * Keeps whole result pages of searches for as long as no posting has changed. The database numbers
 * the changes to the postings ({@code posting_search_version}, V44, kept by triggers in the
 * changing transaction), and a page is served only while that number is the one it was read
 * under: a posting published, edited, closed or hidden, by this instance or any other, makes every
 * search read afresh at its next request. Reading the number is one primary-key lookup; a search
 * is one to three statements that score and sort hundreds of matches (3 to 8 ms at 100,000
 * postings), and the same searches are asked again and again (the browse page, a popular word).
 *
 * <p>The day is part of the key, because postings leave the results when their deadline passes;
 * relevance also weighs each posting's age, so a page is dropped after the set seconds even when
 * nothing changed. The counts beside the results are kept under the same number
 * ({@link SearchSummaryCache}). Searches
 * under the partner-only rule (issue #4) differ per university and are not kept. Zero seconds
 * turns the cache off.
 */
final class SearchResultCache {

    /** A result page holds 20 cards and the facet counts, about 10 KB. */
    static final int MAXIMUM_ENTRIES = 2_000;

    private record Key(PostingFilter filter, LocalDate today) {}

    private final VersionedCache<Key, SearchResult> pages;

    SearchResultCache(int seconds) {
        this.pages = new VersionedCache<>(MAXIMUM_ENTRIES, seconds);
    }

    /** {@code version}: the postings' version number, read before anything of the search. */
    SearchResult get(PostingFilter filter, LocalDate today, long version, Supplier<SearchResult> search) {
        return pages.get(new Key(filter, today), () -> version, search);
    }

    /** The postings' version number (V44), for anything kept while no posting changes. */
    static long postingsVersion(JdbcClient jdbc) {
        return jdbc.sql("select version from posting_search_version")
                .query(Long.class)
                .single();
    }
}
