package org.stint.posting;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The home page's marketplace figures (open postings, hiring companies, openings), and the
 * countries that have open postings (the browse page's country picker reads them). Counting every
 * open posting grows with the marketplace, so a job counts them once a minute, on one instance,
 * into {@code marketplace_figures}, and every page reads that one row: the figures are at
 * most a minute old on every instance. Each is one statement on its own (no transaction), so the
 * job's lock and its count never hold two connections at once.
 */
@Service
public class MarketplaceFigures {

    private final JdbcClient jdbc;

    private final Clock clock;

    MarketplaceFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The last figures counted; counted now if there are none yet (a new database). */
    public MarketplaceCounts counts() {
        return jdbc.sql("select open_postings, companies, openings from marketplace_figures")
                .query((rs, row) -> new MarketplaceCounts(
                        rs.getLong("open_postings"), rs.getLong("companies"), rs.getLong("openings")))
                .optional()
                .orElseGet(this::count);
    }

    @Scheduled(initialDelayString = "PT0S", fixedDelayString = "${stint.postings.figures-interval:PT1M}")
    @SchedulerLock(name = "marketplace-figures", lockAtMostFor = "PT5M")
    public MarketplaceCounts count() {
        return jdbc.sql("""
                        insert into marketplace_figures (open_postings, companies, openings, countries, counted_at)
                        select count(*), count(distinct company_id), coalesce(sum(openings), 0),
                               coalesce(array_agg(distinct country), '{}'), now()
                        from postings
                        where status = 'OPEN' and application_deadline >= :today
                        on conflict (only_row) do update
                           set open_postings = excluded.open_postings, companies = excluded.companies,
                               openings = excluded.openings, countries = excluded.countries,
                               counted_at = excluded.counted_at
                        returning open_postings, companies, openings
                        """)
                .param("today", LocalDate.now(clock))
                .query((rs, row) -> new MarketplaceCounts(
                        rs.getLong("open_postings"), rs.getLong("companies"), rs.getLong("openings")))
                .single();
    }
}
