package org.stint.system.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Uni;

/**
 * With {@code stint.bench.count-sql=true} every response says how many SQL statements it ran,
 * JdbcClient and JPA alike; the public discovery pages stay within four (no N+1).
 */
@SpringBootTest(properties = {"stint.bench.count-sql=true", "stint.search.summary-cache-seconds=0"})
@AutoConfigureMockMvc
class SqlStatementCountingTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/postings",
                "/postings?page=2",
                "/postings?q=data+analy&category=DATA&mode=REMOTE&currency=USD&minPay=100",
                "/postings/{open}",
                "/postings/feed?q=design",
                "/sitemap.xml"
            })
    void publicPagesRunAtMostFourStatements(String page) throws Exception {
        String url = page.replace(
                "{open}",
                jdbc.sql("select min(id) from postings where status = 'OPEN'")
                        .query(Long.class)
                        .single()
                        .toString());
        String header = mvc.perform(counted(get(url))).andReturn().getResponse().getHeader(SqlStatementCounting.HEADER);

        assertThat(header).as(url).isNotNull();
        assertThat(Integer.parseInt(header)).as(url).isBetween(1, 4);
    }

    /** Issue #4: the career office's dashboard, whatever the range, within four statements. */
    @ParameterizedTest
    @ValueSource(strings = {"/university/reports", "/university/reports?from=2016-01&to=2026-12"})
    void theOutcomeDashboardRunsAtMostFourStatements(String page) throws Exception {
        Uni uni = new Fixtures(jdbc).university(false);
        String header = mvc.perform(counted(get(page)).with(user(users.loadUserByUsername(uni.staffEmail()))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader(SqlStatementCounting.HEADER);

        assertThat(Integer.parseInt(header)).as(page).isBetween(1, 4);
    }

    /** A posting page read afresh: the postings' version, the posting if visible, its company. */
    @Test
    void aPostingPageIsReadWithItsVisibilityInOneStatement() throws Exception {
        Fixtures f = new Fixtures(jdbc);
        long posting = f.posting(f.company("Numbat Statements Co"), "Numbat the archive", "DATA", "USD");
        assertThat(mvc.perform(counted(get("/postings/" + posting)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getHeader(SqlStatementCounting.HEADER))
                .isEqualTo("3");
    }

    /**
     * A student's kept search or posting page: the postings' version, the student's university
     * (once, though the partner-only rule and the "vetted partner" marks both need it) and the
     * marks; the unread count is kept from the first request.
     */
    @ParameterizedTest
    @ValueSource(strings = {"/postings?q=wombatize", "/postings/{posting}"})
    void aStudentsKeptPageLooksUpTheirUniversityOnce(String page) throws Exception {
        Fixtures f = new Fixtures(jdbc);
        Uni uni = f.university(false);
        Fixtures.Co partner = f.company("Wombat Partners");
        f.partnership(uni, partner, "APPROVED");
        long posting = f.posting(partner, "Wombatize the archive", "DATA", "USD");
        RequestPostProcessor student = user(users.loadUserByUsername(f.email(f.student(uni, "Wombat Student"))));
        String url = page.replace("{posting}", Long.toString(posting));
        mvc.perform(get(url).with(student)).andExpect(status().isOk());

        MockHttpServletResponse kept = mvc.perform(counted(get(url)).with(student))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(kept.getContentAsString()).contains("Vetted partner of " + uni.name());
        assertThat(kept.getHeader(SqlStatementCounting.HEADER)).as(url).isEqualTo("3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/about", "/css/stint.css"})
    void pagesWithoutDataRunNone(String page) throws Exception {
        assertThat(mvc.perform(counted(get(page))).andReturn().getResponse().getHeader(SqlStatementCounting.HEADER))
                .isEqualTo("0");
    }

    /** Requests that do not ask are neither counted nor buffered: the benchmark times those. */
    @Test
    void requestsThatDoNotAskAreNotCounted() throws Exception {
        assertThat(mvc.perform(get("/postings")).andReturn().getResponse().getHeader(SqlStatementCounting.HEADER))
                .isNull();
    }

    private static MockHttpServletRequestBuilder counted(MockHttpServletRequestBuilder request) {
        return request.header(SqlStatementCounting.REQUEST_HEADER, "true");
    }
}
