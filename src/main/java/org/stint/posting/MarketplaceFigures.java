package org.stint.posting;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The home page's marketplace figures, counted at most once per cache period: counting every open
 * posting is the only part of the home page whose cost grows with the marketplace (a third of a
 * second at 100,000 postings), and figures a few seconds old are what a visitor expects of a
 * headline number. Once a period has passed, the next request starts one count in the background
 * and everyone is shown the last figures until it ends; before, every request arriving meanwhile
 * counted too, and with 16 connections the home page's p99 rose to half a second.
 */
@Service
public class MarketplaceFigures {

    private final PostingService postings;

    /** One entry; null when figures are counted on every request (0 seconds). */
    private final LoadingCache<Boolean, MarketplaceCounts> figures;

    MarketplaceFigures(PostingService postings, @Value("${stint.search.summary-cache-seconds:0}") int seconds) {
        this.postings = postings;
        this.figures = seconds <= 0
                ? null
                : Caffeine.newBuilder()
                        .refreshAfterWrite(Duration.ofSeconds(seconds))
                        .expireAfterWrite(Duration.ofSeconds(seconds * 4L))
                        .build(key -> postings.counts());
    }

    public MarketplaceCounts counts() {
        return figures == null ? postings.counts() : figures.get(Boolean.TRUE);
    }
}
