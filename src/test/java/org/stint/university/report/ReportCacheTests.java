package org.stint.university.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Fixtures.TestUniversity;
import org.stint.testsupport.Html;

/**
 * Outcome reports are kept under the version PostgreSQL keeps per university: a repeated report is
 * served from the cache, and any change written to the database, by this instance or another,
 * shows at the next request.
 */
class ReportCacheTests extends AppTestSupport {

    private static final String RANGE = "?from=2025-01&to=2025-03";

    @Autowired
    CacheManager caches;

    private TestUniversity uni;

    private TestCompany company;

    private long posting;

    @BeforeEach
    void university() {
        uni = data.university(false);
        company = data.company("Cache Co");
        posting = data.posting(company, "Posting for the report cache", "DATA", "USD");
        // five students: smaller groups are not shown
        for (int i = 1; i <= 5; i++) {
            data.application(
                    posting,
                    data.student(uni, "Cached Student " + i),
                    "SUBMITTED",
                    Instant.parse("2025-02-03T10:00:00Z"),
                    null,
                    null,
                    null,
                    null);
        }
    }

    private String applications() throws Exception {
        return Html.parse(mvc.perform(get("/university/reports" + RANGE).with(as(uni.staffEmail())))
                        .andExpect(status().isOk())
                        .andReturn())
                .select("#total-applications")
                .text();
    }

    private CacheStats stats() {
        return ((CaffeineCache) caches.getCache("outcome-reports"))
                .getNativeCache()
                .stats();
    }

    @Test
    void aRepeatedReportIsKeptAndAChangeInTheDatabaseShowsAtTheNextRequest() throws Exception {
        assertThat(applications()).isEqualTo("5");
        long hits = stats().hitCount();
        assertThat(applications()).isEqualTo("5");
        assertThat(stats().hitCount()).isEqualTo(hits + 1);

        // written straight to the database, as another instance would
        long second = data.student(uni, "Second Student");
        data.application(posting, second, "SUBMITTED", Instant.parse("2025-03-04T10:00:00Z"), null, null, null, null);
        long misses = stats().missCount();
        assertThat(applications()).isEqualTo("6");
        assertThat(stats().missCount()).isEqualTo(misses + 1);
    }

    @Test
    void anotherUniversitysChangeKeepsThisReport() throws Exception {
        applications();
        TestUniversity other = data.university(false);
        data.application(
                posting,
                data.student(other, "Other Student"),
                "SUBMITTED",
                Instant.parse("2025-02-05T10:00:00Z"),
                null,
                null,
                null,
                null);
        long hits = stats().hitCount();
        assertThat(applications()).isEqualTo("5");
        assertThat(stats().hitCount()).isEqualTo(hits + 1);
    }

    @Test
    void cacheFiguresAreInActuatorForAdministratorsOnly() throws Exception {
        applications();
        mvc.perform(get("/actuator/metrics/cache.gets")
                        .param("tag", "cache:outcome-reports")
                        .with(user("admin@test").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("cache.gets"))
                .andExpect(jsonPath("$.measurements[0].value").isNumber());
        mvc.perform(get("/actuator/metrics/cache.gets").with(as(uni.staffEmail())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
    }
}
