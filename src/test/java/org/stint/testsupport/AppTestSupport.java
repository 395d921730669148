package org.stint.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A test through the whole application ({@link AppTest}) with what such tests use: MockMvc, the
 * database, and a request signed in as a user, loaded the way signing in loads them. A subclass
 * that needs properties of its own declares its own {@code @SpringBootTest} and gets a context of
 * its own.
 */
@AppTest
public abstract class AppTestSupport {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected UserDetailsService users;

    /** Makes this test's rows; made anew before each test. */
    protected Fixtures data;

    @BeforeEach
    protected void freshFixtures() {
        data = new Fixtures(jdbc);
    }

    /** Signs the request in as the user with this e-mail address. */
    protected RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    /** Signs the request in as the user with this id. */
    protected RequestPostProcessor as(long userId) {
        return as(data.email(userId));
    }

    /** The page as the user with this e-mail address sees it; it must answer 200 and be usable. */
    protected Document page(String url, String email) throws Exception {
        Document page = Html.parse(
                mvc.perform(get(url).with(as(email))).andExpect(status().isOk()).andReturn());
        PageChecks.assertUsable(page, url);
        return page;
    }
}
