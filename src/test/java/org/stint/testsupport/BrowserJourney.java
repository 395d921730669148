package org.stint.testsupport;

import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A journey in a real Chromium against the real server (the subclass is a {@link ServerTest}): a
 * fresh browser for each test, and people the test makes who sign in with {@link #PASSWORD}.
 */
public abstract class BrowserJourney {

    protected static final String PASSWORD = "journey-password";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected PasswordEncoder passwords;

    @RegisterExtension
    protected final Browser.PerTest session = new Browser.PerTest(Duration.ofSeconds(15));

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void signIn(String email) {
        Browser.signIn(session.driver(), session.waiting(), url(""), email, PASSWORD);
    }
}
