package org.stint.system.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.TestUniversity;

/**
 * With {@code stint.bench.count-sql=true} (on in every test context) every response says how many
 * SQL statements it ran, JdbcClient and JPA alike; every page stays within four, signed in or not
 * (no N+1).
 */
class SqlStatementCountingTests extends AppTestSupport {

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

    /** The career office's dashboard, whatever the range, within four statements. */
    @ParameterizedTest
    @ValueSource(strings = {"/university/reports", "/university/reports?from=2016-01&to=2026-12"})
    void theOutcomeDashboardRunsAtMostFourStatements(String page) throws Exception {
        TestUniversity uni = new Fixtures(jdbc).university(false);
        String header = mvc.perform(counted(get(page)).with(as(uni.staffEmail())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader(SqlStatementCounting.HEADER);

        assertThat(Integer.parseInt(header)).as(page).isBetween(1, 4);
    }

    /** A posting page for anyone but a student: the posting with its company, if visible. */
    @Test
    void aPostingPageIsOneStatement() throws Exception {
        Fixtures f = new Fixtures(jdbc);
        long posting = f.posting(f.company("Numbat Statements Co"), "Numbat the archive", "DATA", "USD");
        assertThat(statements(get("/postings/" + posting))).isEqualTo(1);
    }

    /**
     * A student's search and posting page: the unread count, the student's university (for the
     * partner-only rule and the "vetted partner" marks), and the page's own statements, which
     * carry the marks.
     */
    @ParameterizedTest
    @CsvSource({"/postings?q=wombatize, 4", "/postings/{posting}, 3"})
    void aStudentsPageLooksUpTheirUniversityOnce(String page, int expected) throws Exception {
        Fixtures f = new Fixtures(jdbc);
        TestUniversity uni = f.university(false);
        Fixtures.TestCompany partner = f.company("Wombat Partners");
        f.partnership(uni, partner, "APPROVED");
        long posting = f.posting(partner, "Wombatize the archive", "DATA", "USD");
        RequestPostProcessor student = user(users.loadUserByUsername(f.email(f.student(uni, "Wombat Student"))));
        String url = page.replace("{posting}", Long.toString(posting));

        MockHttpServletResponse response = mvc.perform(counted(get(url)).with(student))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentAsString()).contains("Vetted partner of " + uni.name());
        assertThat(response.getHeader(SqlStatementCounting.HEADER)).as(url).isEqualTo(Integer.toString(expected));
    }

    /** An unverified student's apply page looks the verification up, within four statements. */
    @Test
    void anUnverifiedStudentsApplyPageRunsAtMostFourStatements() throws Exception {
        Fixtures f = new Fixtures(jdbc);
        TestUniversity uni = f.university(false);
        long posting = f.posting(f.company("Quokka Statements Co"), "Quokka the archive", "DATA", "USD");
        long student = f.student(uni, "Quokka Student");
        f.unverified(student);
        MockHttpServletResponse response = mvc.perform(
                        counted(get("/postings/" + posting + "/apply")).with(as(f.email(student))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentAsString()).contains("Confirm your university e-mail address");
        assertThat(Integer.parseInt(response.getHeader(SqlStatementCounting.HEADER)))
                .isBetween(1, 4);
    }

    /**
     * A signed-in request with its session in PostgreSQL: Spring Session reads the session with its
     * attributes (one statement, looked up twice in some requests) and saves it (one statement),
     * counted apart from the page's own. The save writes the row only once the stored last-access
     * time is a minute old ({@code SessionConfiguration.sessionWrites}).
     */
    @Test
    void aSignedInSessionIsReadAndItsLastAccessWrittenAtMostOnceAMinute() throws Exception {
        Fixtures f = new Fixtures(jdbc);
        String email = f.email(f.student(f.university(false), "Session Statements Student", "{noop}session-pass"));
        jakarta.servlet.http.Cookie session = mvc.perform(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                                .user(email)
                                .password("session-pass"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/about").cookie(session)).andExpect(status().isOk());
        long written = lastAccess(email);

        MockHttpServletResponse response = mvc.perform(counted(get("/about")).cookie(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(Integer.parseInt(response.getHeader(SqlStatementCounting.SESSION_HEADER)))
                .isBetween(2, 3);
        assertThat(response.getHeader(SqlStatementCounting.HEADER))
                .as("the bell's count")
                .isEqualTo("1");
        assertThat(lastAccess(email)).isEqualTo(written);

        jdbc.sql("""
                        update spring_session set last_access_time = last_access_time - 120000,
                            expiry_time = expiry_time - 120000
                        where principal_name = :email
                        """).param("email", email).update();
        long before = System.currentTimeMillis();
        mvc.perform(get("/about").cookie(session)).andExpect(status().isOk());
        assertThat(lastAccess(email)).isGreaterThanOrEqualTo(before - 1000);
    }

    private long lastAccess(String email) {
        return jdbc.sql("select last_access_time from spring_session where principal_name = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    /** Each role's pages, on the demo data, within four statements. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "maya.chen@northbridge.edu | /, /postings, /postings?q=data, /postings/{open}, /applications,"
                        + " /applications/{mayaApplication}, /notifications, /saved-searches, /saved-postings, /profile,"
                        + " /postings/{notApplied}/apply, /companies/{slug}, /account, /engagements/{engagement}",
                "priya@lumenanalytics.com | /, /employer/postings, /employer/postings/new,"
                        + " /employer/postings/{priyaPosting}/edit, /employer/postings/{priyaPosting}/applicants,"
                        + " /employer/applications/{priyaApplication}, /employer/company, /employer/partnerships,"
                        + " /notifications, /postings, /account, /engagements/{engagement}",
                "careers@northbridge.edu | /university, /university/reports, /university/settings,"
                        + " /university/staff, /university/recommendations, /university/partnerships, /postings,"
                        + " /postings/{open}, /account, /university/engagements, /engagements/{engagement},"
                        + " /university/disputes, /university/disputes/{dispute}",
                "admin@stint.example | /admin, /admin/universities, /admin/users, /admin/moderation, /postings,"
                        + " /account"
            })
    void everyRolesPagesRunAtMostFourStatements(String email, String pages) throws Exception {
        RequestPostProcessor viewer = as(email);
        java.util.List<String> over = new java.util.ArrayList<>();
        for (String page : pages.split(",")) {
            String url = demoIds(page.strip());
            int statements = statements(get(url).with(viewer));
            if (statements > 4) {
                over.add(url + ": " + statements);
            }
        }
        assertThat(over).as(email).isEmpty();
    }

    private String demoIds(String page) {
        return page.replace("{open}", id("select min(id) from postings where status = 'OPEN'"))
                .replace(
                        "{dispute}",
                        id("select min(d.id) from payment_disputes d join applications a on a.id = d.application_id"
                                + " join users u on u.id = a.student_id where u.email like '%@northbridge.edu'"))
                .replace(
                        "{notApplied}",
                        id("select min(p.id) from postings p where p.status = 'OPEN' and not exists (select 1"
                                + " from applications a join users u on u.id = a.student_id where a.posting_id = p.id"
                                + " and u.email = 'maya.chen@northbridge.edu')"))
                .replace(
                        "{slug}",
                        jdbc.sql("select slug from companies order by id limit 1")
                                .query(String.class)
                                .single())
                .replace(
                        "{mayaApplication}",
                        id("select min(a.id) from applications a join users u on u.id = a.student_id"
                                + " where u.email = 'maya.chen@northbridge.edu'"))
                .replace(
                        "{priyaPosting}",
                        id("select min(p.id) from postings p join company_members m on m.company_id = p.company_id"
                                + " join users u on u.id = m.user_id where u.email = 'priya@lumenanalytics.com'"))
                .replace(
                        "{engagement}",
                        id("select min(m.application_id) from engagement_messages m join applications a"
                                + " on a.id = m.application_id join users u on u.id = a.student_id"
                                + " where u.email = 'maya.chen@northbridge.edu'"))
                .replace(
                        "{priyaApplication}",
                        id("select min(a.id) from applications a join postings p on p.id = a.posting_id"
                                + " join company_members m on m.company_id = p.company_id join users u on u.id = m.user_id"
                                + " where u.email = 'priya@lumenanalytics.com'"));
    }

    private String id(String sql) {
        return jdbc.sql(sql).query(Long.class).single().toString();
    }

    /** The statements a page ran; it must answer 200. */
    private int statements(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(counted(request)).andReturn().getResponse();
        assertThat(response.getStatus())
                .as(request.buildRequest(new org.springframework.mock.web.MockServletContext())
                        .getRequestURI())
                .isEqualTo(200);
        return Integer.parseInt(response.getHeader(SqlStatementCounting.HEADER));
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
