package org.stint.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stint.testsupport.AppTest;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Co;
import org.stint.testsupport.Html;

/**
 * The search, posting and home pages kept whole for visitors who are not signed in (KeptPages) are
 * the pages the templates render, with the same headers; they never reach a signed-in visitor, never
 * carry a form token, a flash message or the "signed out" note to anyone else, and give way at once
 * to a new posting.
 */
@AppTest
class AnonymousPagesKeptTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Html.parse(mvc.perform(request).andExpect(status().isOk()).andReturn());
    }

    @Test
    void aKeptPageIsTheRenderedPageWithItsHeaders() throws Exception {
        Fixtures f = new Fixtures(jdbc);
        long posting = f.posting(f.company("Quokka Kept Co"), "Quokkafy the archive", "DATA", "USD");
        for (String path : new String[] {"/postings?q=quokkafy&mode=REMOTE", "/postings/" + posting, "/"}) {
            MockHttpServletResponse first = send(get(path));
            MockHttpServletResponse kept = send(get(path));
            assertThat(kept.getContentAsString()).as(path).isEqualTo(first.getContentAsString());
            assertThat(kept.getContentAsString()).as(path).contains("Quokkafy the archive");
            assertThat(kept.getContentType()).isEqualTo("text/html;charset=UTF-8");
            assertThat(kept.getHeader("Content-Language")).isEqualTo("en");
            assertThat(kept.getContentLength())
                    .isEqualTo(kept.getContentAsString().getBytes(StandardCharsets.UTF_8).length);
            assertThat(kept.getHeader("Content-Security-Policy")).startsWith("default-src 'self'");
            assertThat(kept.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(kept.getHeader("Cache-Control")).contains("no-store");
            Document html = Jsoup.parse(kept.getContentAsString());
            assertThat(html.select("input[name=_csrf], form[method=post]"))
                    .as(path)
                    .isEmpty();
            assertThat(html.select(".site-nav a").eachText()).as(path).contains("Sign in");
        }
    }

    @Test
    void aSignedInVisitorGetsTheirOwnPageAndTheKeptOneStaysAnonymous() throws Exception {
        Fixtures f = new Fixtures(jdbc);
        f.posting(f.company("Quokka Search Co"), "Quokkanize the ledger", "DATA", "USD");
        String student = f.email(f.student(f.university(false), "Quokka Student"));
        String search = "/postings?q=quokkanize";
        page(get(search));
        page(get(search));

        Document theirs = page(get(search).with(user(users.loadUserByUsername(student))));
        assertThat(theirs.select(".site-nav button").eachText()).containsExactly("Sign out");
        assertThat(theirs.select("form[method=post] input[name=_csrf]")).isNotEmpty();

        Document anonymous = page(get(search));
        assertThat(anonymous.select(".site-nav button")).isEmpty();
        assertThat(anonymous.select("input[name=_csrf]")).isEmpty();
        assertThat(anonymous.select(".posting-card .card-title").eachText()).containsExactly("Quokkanize the ledger");
    }

    @Test
    void aFlashMessageOrTheSignedOutNoteIsShownOnlyToWhoeverItIsFor() throws Exception {
        String search = "/postings?q=quokka+flash";
        page(get(search));
        assertThat(page(get(search).flashAttr("flash", "hiring.withdraw.done")).select(".notice-success"))
                .hasSize(1);
        assertThat(page(get(search)).select(".notice-success")).isEmpty();

        assertThat(page(get("/").param("signedOut", ""))
                        .select(".notice-success")
                        .text())
                .isEqualTo("You have signed out.");
        assertThat(page(get("/")).select(".notice-success")).isEmpty();
        assertThat(page(get("/").param("signedOut", ""))
                        .select(".notice-success")
                        .text())
                .isEqualTo("You have signed out.");
    }

    @Test
    void aNewPostingShowsAtTheNextRequest() throws Exception {
        Fixtures f = new Fixtures(jdbc);
        Co company = f.company("Quokka Fresh Co");
        String search = "/postings?q=quokkaroo";
        assertThat(page(get(search)).select(".posting-card")).isEmpty();
        assertThat(page(get(search)).select(".posting-card")).isEmpty();
        f.posting(company, "Quokkaroo the maps", "DATA", "USD");
        assertThat(page(get(search)).select(".posting-card .card-title").eachText())
                .containsExactly("Quokkaroo the maps");

        page(get("/"));
        f.posting(company, "Quokkaroo the newest", "DATA", "USD");
        assertThat(page(get("/")).select(".posting-card .card-title").eachText())
                .contains("Quokkaroo the newest");
    }
}
