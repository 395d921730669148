package org.stint.posting;

import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The home page's marketplace figures, counted at most once per cache period: counting every open
 * posting is the only part of the home page whose cost grows with the marketplace, and figures a
 * few seconds old are what a visitor expects of a headline number.
 */
@Service
public class MarketplaceFigures {

    private record Cached(MarketplaceCounts counts, long expiresAt) {}

    private final PostingService postings;

    private final long ttlNanos;

    private final AtomicReference<Cached> cached = new AtomicReference<>();

    MarketplaceFigures(PostingService postings, @Value("${stint.search.summary-cache-seconds:0}") int seconds) {
        this.postings = postings;
        this.ttlNanos = seconds * 1_000_000_000L;
    }

    public MarketplaceCounts counts() {
        long now = System.nanoTime();
        Cached current = cached.get();
        if (current != null && current.expiresAt() - now > 0) {
            return current.counts();
        }
        MarketplaceCounts counts = postings.counts();
        if (ttlNanos > 0) {
            cached.set(new Cached(counts, now + ttlNanos));
        }
        return counts;
    }
}
