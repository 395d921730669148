package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Html;
import org.stint.testsupport.SessionCookie;

/** "Sign in to apply" leads back to the posting; nothing in the address can lead anywhere else. */
class SignInTargetTests extends AppTestSupport {

    private static final String PASSWORD = "demo-password";

    private long openPosting() {
        return jdbc.sql("select min(id) from postings where status = 'OPEN' and hidden_at is null")
                .query(Long.class)
                .single();
    }

    private org.springframework.test.web.servlet.ResultActions signIn(SessionCookie session, String password)
            throws Exception {
        return mvc.perform(post("/login")
                        .with(session)
                        .with(csrf())
                        .param("username", DemoData.DEMO_STUDENT)
                        .param("password", password))
                .andDo(session);
    }

    @Test
    void signInToApplyComesBackToThePostingEvenAfterAWrongPassword() throws Exception {
        long posting = openPosting();
        Document page = Html.parse(mvc.perform(get("/postings/" + posting))
                .andExpect(status().isOk())
                .andReturn());
        String link =
                page.select("a:containsOwn(Sign in as a student to apply)").attr("href");
        assertThat(link).isEqualTo("/login?continue=/postings/" + posting);

        SessionCookie session = new SessionCookie();
        mvc.perform(get(link).with(session)).andDo(session).andExpect(status().isOk());
        signIn(session, "not-the-password").andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login?error").with(session)).andDo(session).andExpect(status().isOk());
        signIn(session, PASSWORD).andExpect(redirectedUrl("/postings/" + posting));
    }

    @Test
    void withoutATargetASignInGoesToTheDashboard() throws Exception {
        SessionCookie session = new SessionCookie();
        mvc.perform(get("/login?continue=/postings/1").with(session)).andDo(session);
        // the plain sign-in page, opened later, forgets the earlier target
        mvc.perform(get("/login").with(session)).andDo(session);
        signIn(session, PASSWORD).andExpect(redirectedUrl("/dashboard"));
    }

    @Test
    void aProtectedPageThatAskedForTheSignInIsStillWhereItLeads() throws Exception {
        SessionCookie session = new SessionCookie();
        mvc.perform(get("/saved-searches").with(session)).andDo(session).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login").with(session)).andDo(session);
        String target = signIn(session, PASSWORD).andReturn().getResponse().getRedirectedUrl();
        assertThat(target).startsWith("http://localhost/saved-searches");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example/postings",
                "https://evil.example/",
                "/\\evil.example",
                "javascript:alert(1)",
                "postings/1",
                "/postings/1\r\nSet-Cookie:x=1",
                "/login?continue=/x",
                "/logout"
            })
    void onlyPathsOnThisSiteAreTargets(String target) throws Exception {
        assertThat(SignInTarget.localPath(target)).isNull();
        SessionCookie session = new SessionCookie();
        mvc.perform(get("/login").param("continue", target).with(session)).andDo(session);
        signIn(session, PASSWORD).andExpect(redirectedUrl("/dashboard"));
    }

    @Test
    void pathsWithAQueryAreTargets() {
        assertThat(SignInTarget.localPath("/postings?q=data&page=2")).isEqualTo("/postings?q=data&page=2");
        assertThat(SignInTarget.localPath("/postings/42")).isEqualTo("/postings/42");
    }
}
