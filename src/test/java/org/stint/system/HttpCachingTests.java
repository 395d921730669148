package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Html;

/**
 * Public pages carry validators and a short public max-age for visitors who are not signed in;
 * signed-in pages are private and never stored.
 */
class HttpCachingTests extends AppTestSupport {

    private String url(String page) {
        return page.replace(
                        "{open}",
                        jdbc.sql("select min(id) from postings where status = 'OPEN'")
                                .query(Long.class)
                                .single()
                                .toString())
                .replace(
                        "{slug}",
                        jdbc.sql("select slug from companies order by id limit 1")
                                .query(String.class)
                                .single());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/about",
                "/postings",
                "/postings?q=data&mode=REMOTE",
                "/postings/{open}",
                "/companies/{slug}"
            })
    void publicPagesArePublicForAShortTimeWithAValidatorAndNoFormToken(String page) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get(url(page))).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("max-age=60, public");
        assertThat(response.getHeaders(HttpHeaders.VARY)).contains("Cookie");
        String etag = response.getHeader(HttpHeaders.ETAG);
        assertThat(etag).startsWith("W/\"");
        Document html = Html.parse(mvc.perform(get(url(page))).andReturn());
        assertThat(html.select("input[name=_csrf], form[method=post]"))
                .as("a page shared between visitors carries nobody's form token")
                .isEmpty();

        MockHttpServletResponse again = mvc.perform(get(url(page)).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andReturn()
                .getResponse();
        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentLength()).isZero();
    }

    @Test
    void aChangeGivesANewValidatorAtOnce() throws Exception {
        String etag = mvc.perform(get("/postings?q=quagginet"))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        Fixtures f = new Fixtures(jdbc);
        f.posting(f.company("Quagginet Co"), "Quagginet survey", "DATA", "USD");

        MockHttpServletResponse fresh = mvc.perform(
                        get("/postings?q=quagginet").header(HttpHeaders.IF_NONE_MATCH, etag))
                .andReturn()
                .getResponse();
        assertThat(fresh.getStatus()).isEqualTo(200);
        assertThat(fresh.getContentAsString()).contains("Quagginet survey");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/postings", "/postings/{open}", "/applications", "/notifications"})
    void aSignedInVisitorsPagesArePrivateAndNeverStored(String page) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url(page)).with(as("maya.chen@northbridge.edu")))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("private, no-store");
        assertThat(response.getHeader(HttpHeaders.ETAG)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/signup/student", "/postings/999999999"})
    void formsAndErrorsAreNotStored(String page) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(page)).andReturn().getResponse();

        assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL))
                .contains("no-store")
                .doesNotContain("public");
    }

    /**
     * The layout's stylesheets, in the order the cascade relies on, each under a content-hashed
     * URL that browsers keep for a week.
     */
    @Test
    void theLayoutsStylesheetsAreServedInOrderUnderHashedUrlsForAWeek() throws Exception {
        Document home = Html.parse(mvc.perform(get("/")).andReturn());
        java.util.List<String> sheets = home.select("head link[rel=stylesheet]").eachAttr("href");
        assertThat(sheets)
                .map(href -> href.replaceAll("-[0-9a-f]{32}\\.css$", ".css"))
                .containsExactly("/css/stint.css", "/css/pages.css", "/css/workflow.css");
        for (String sheet : sheets) {
            MockHttpServletResponse response =
                    mvc.perform(get(sheet)).andReturn().getResponse();
            assertThat(response.getStatus()).as(sheet).isEqualTo(200);
            assertThat(response.getContentType()).as(sheet).startsWith("text/css");
            assertThat(response.getHeader(HttpHeaders.CACHE_CONTROL)).as(sheet).isEqualTo("max-age=604800");
        }
    }
}
