package org.stint.notification;

import java.time.Duration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Resubmits events whose listener failed (an e-mail the SMTP server refused, say). */
@Component
class EmailRetry {

    private final IncompleteEventPublications incomplete;

    private final Duration olderThan;

    EmailRetry(
            IncompleteEventPublications incomplete,
            @org.springframework.beans.factory.annotation.Value("${stint.mail.retry-older-than:PT1M}")
                    Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(
            fixedDelayString = "${stint.mail.retry-every:PT1M}",
            initialDelayString = "${stint.mail.retry-every:PT1M}")
    void resubmit() {
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}
