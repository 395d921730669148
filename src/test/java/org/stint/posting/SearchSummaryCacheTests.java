package org.stint.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Counts are kept per postings' version and day; a new version counts again, once however many ask. */
class SearchSummaryCacheTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static final PostingFilter SEARCH =
            new PostingFilter("data", null, null, null, null, null, null, null, null, null);

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
    void countsAreKeptUntilThePostingsChange() {
        SearchSummaryCache cache = new SearchSummaryCache(60, this::count);
        PostingFilter page2 = new PostingFilter("data", null, null, null, null, null, null, null, SearchSort.NEWEST, 2);

        assertThat(cache.get(SEARCH, TODAY, 7).total()).isEqualTo(1);
        assertThat(cache.get(page2, TODAY, 7).total())
                .as("page and sort share the counts")
                .isEqualTo(1);
        assertThat(cache.get(SEARCH, TODAY, 8).total()).as("a posting changed").isEqualTo(2);
        assertThat(cache.get(SEARCH, TODAY.plusDays(1), 8).total())
                .as("deadlines passed")
                .isEqualTo(3);
        assertThat(cache.get(SEARCH, TODAY, 8).total()).isEqualTo(2);
    }

    @Test
    void requestsAskingTogetherWaitForOneCount() throws Exception {
        SearchSummaryCache cache = new SearchSummaryCache(60, this::count);
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> asking = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                asking.add(requests.submit(() -> {
                    start.await();
                    return cache.get(SEARCH, TODAY, 7).total();
                }));
            }
            start.countDown();
            for (Future<Long> answer : asking) {
                assertThat(answer.get()).isEqualTo(1L);
            }
        } finally {
            requests.shutdownNow();
        }

        assertThat(counted).as("eight requests at once, one count").hasValue(1);
    }

    @Test
    void zeroSecondsCountsEveryTime() {
        SearchSummaryCache cache = new SearchSummaryCache(0, this::count);
        cache.get(SEARCH, TODAY, 7);
        cache.get(SEARCH, TODAY, 7);
        assertThat(counted).hasValue(2);
    }
}
