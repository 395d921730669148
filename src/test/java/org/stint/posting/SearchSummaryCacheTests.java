package org.stint.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Counts are reused for the set seconds, recounted in the background after, never older than twice that. */
class SearchSummaryCacheTests {

    private final AtomicInteger counted = new AtomicInteger();

    /** A count takes a while, as a real one over many postings does. */
    private PostingSearch.Summary count(PostingFilter filter, LocalDate today) {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new PostingSearch.Summary(counted.incrementAndGet(), SearchFacets.none());
    }

    @Test
    void countsAreReusedThenRecountedInTheBackgroundAndNeverTooOld() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 29);
        PostingFilter search = new PostingFilter("data", null, null, null, null, null, null, null, null, null);
        PostingFilter page2 = new PostingFilter("data", null, null, null, null, null, null, null, SearchSort.NEWEST, 2);
        try (SearchSummaryCache cache = new SearchSummaryCache(1, this::count)) {
            assertThat(cache.get(search, today).total()).isEqualTo(1);
            assertThat(cache.get(page2, today).total())
                    .as("page and sort share the counts")
                    .isEqualTo(1);

            Thread.sleep(1_100);
            assertThat(cache.get(search, today).total())
                    .as("old counts answer at once")
                    .isEqualTo(1);
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> cache.get(search, today).total() == 2);

            Thread.sleep(2_100);
            assertThat(cache.get(search, today).total())
                    .as("counts twice too old are not shown")
                    .isEqualTo(3);
        }
    }

    @Test
    void zeroSecondsCountsEveryTime() {
        try (SearchSummaryCache cache = new SearchSummaryCache(0, this::count)) {
            PostingFilter search = PostingFilter.none();
            cache.get(search, LocalDate.of(2026, 11, 29));
            cache.get(search, LocalDate.of(2026, 11, 29));
            assertThat(counted).hasValue(2);
        }
    }
}
