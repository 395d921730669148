package org.stint.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures;

/** Password tests: a student with a known password, signing in, and whether a session still works. */
abstract class PasswordTestSupport extends AppTestSupport {

    static final String OLD_PASSWORD = "the-old-password";

    static final String NEW_PASSWORD = "a-brand-new-password";

    /** A student who signs in with {@link #OLD_PASSWORD}; returns their e-mail address. */
    String studentWithPassword() {
        Fixtures fixtures = new Fixtures(jdbc);
        return fixtures.email(
                fixtures.student(fixtures.university(false), "Forgetful Student", "{noop}" + OLD_PASSWORD));
    }

    /** Signs in; the session is Spring Session's, named by the returned SESSION cookie. */
    Cookie signIn(String email, String password) throws Exception {
        return mvc.perform(formLogin().user(email).password(password))
                .andExpect(redirectedUrl("/dashboard"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
    }

    void assertSignedIn(Cookie session) throws Exception {
        mvc.perform(get("/account").cookie(session)).andExpect(status().isOk());
    }

    /** An ended session is deleted, so its cookie names no session and the account page asks to sign in. */
    void assertSignedOut(Cookie session) throws Exception {
        mvc.perform(get("/account").cookie(session)).andExpect(redirectedUrl("/login"));
    }
}
