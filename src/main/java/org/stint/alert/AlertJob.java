package org.stint.alert;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Checks every active saved search. ShedLock makes one instance run it at a time when several
 * run; each search is checked in its own transaction, so one failure does not block the rest.
 */
@Component
class AlertJob {

    private static final Logger log = LoggerFactory.getLogger(AlertJob.class);

    private final SavedSearchRepository searches;

    private final SavedSearchService service;

    AlertJob(SavedSearchRepository searches, SavedSearchService service) {
        this.searches = searches;
        this.service = service;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${stint.alerts.check-every:PT5M}")
    @SchedulerLock(name = "saved-search-alerts", lockAtMostFor = "PT30M")
    public void run() {
        int alerts = 0;
        for (long id : searches.findActiveIds()) {
            try {
                alerts += service.check(id) > 0 ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Saved search {} could not be checked; it will be tried next time", id, e);
            }
        }
        if (alerts > 0) {
            log.info("Sent {} saved-search alerts", alerts);
        }
    }
}
