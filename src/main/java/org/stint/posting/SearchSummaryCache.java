package org.stint.posting;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

/**
 * Keeps a search's total and facet counts for a few seconds. Counting every match is the one part
 * of a search whose cost grows with the size of the marketplace (a page of 20 does not), and
 * counts a few seconds old are good enough beside a list of results. The result page itself is
 * never older than the last change to the postings ({@link SearchResultCache}).
 *
 * <p>Counts older than the set seconds are recounted in the background while the request that
 * found them old, and any others meanwhile, are answered with them; counts twice that age are not
 * shown at all but counted first. So no visitor waits for a recount of a search that others keep
 * asking for (counting every open posting for the plain browse page takes 50 ms at 100,000
 * postings), and none sees counts more than twice the set seconds old. Zero seconds turns the
 * cache off (the tests do).
 */
final class SearchSummaryCache implements AutoCloseable {

    private record Key(PostingFilter filter, LocalDate today) {}

    private final BiFunction<PostingFilter, LocalDate, PostingSearch.Summary> count;

    private final ExecutorService recounts;

    private final LoadingCache<Key, PostingSearch.Summary> entries;

    SearchSummaryCache(int seconds, BiFunction<PostingFilter, LocalDate, PostingSearch.Summary> count) {
        this.count = count;
        if (seconds <= 0) {
            this.recounts = null;
            this.entries = null;
            return;
        }
        this.recounts = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "search-recount");
            thread.setDaemon(true);
            return thread;
        });
        this.entries = Caffeine.newBuilder()
                .maximumSize(10_000)
                .refreshAfterWrite(Duration.ofSeconds(seconds))
                .expireAfterWrite(Duration.ofSeconds(2L * seconds))
                .executor(recounts)
                .build(key -> count.apply(key.filter(), key.today()));
    }

    PostingSearch.Summary get(PostingFilter filter, LocalDate today) {
        if (entries == null) {
            return count.apply(filter, today);
        }
        // The page and the sort do not change the counts.
        PostingFilter counted = filter.ordered(null, null);
        return entries.get(new Key(counted, today));
    }

    @Override
    public void close() {
        if (recounts != null) {
            recounts.shutdownNow();
        }
    }
}
