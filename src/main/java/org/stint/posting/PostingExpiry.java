package org.stint.posting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes open postings whose deadline has passed. Pages never show such a posting as open even
 * before this runs (they compare the deadline with today); this keeps the stored status true.
 * Each posting closes through its own {@link Posting#close}, its row locked, so several instances
 * running it at once close each posting once.
 */
@Component
class PostingExpiry {

    private static final Logger log = LoggerFactory.getLogger(PostingExpiry.class);

    private final PostingRepository postings;

    private final Clock clock;

    PostingExpiry(PostingRepository postings, Clock clock) {
        this.postings = postings;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT30S", fixedDelayString = "${stint.postings.expiry-check:PT10M}")
    @Transactional
    public void closeExpired() {
        List<Posting> expired = postings.findExpiredForUpdate(LocalDate.now(clock));
        expired.forEach(posting -> posting.close(Posting.ClosedReason.EXPIRED));
        int closed = expired.size();
        if (closed > 0) {
            log.info("Closed {} postings whose deadline passed", closed);
        }
    }
}
