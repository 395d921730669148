package org.stint.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.ZoneOffset;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A signed-in user for web-slice tests, which have no user table to load one from: the same
 * principal the application puts in the session at sign-in.
 */
public final class SignedIn {

    private SignedIn() {}

    public static AccountPrincipal principal(long userId, Role role) {
        return new AccountPrincipal(
                userId,
                "user" + userId + "@example.com",
                "{noop}not-used",
                "User " + userId,
                role,
                true,
                true,
                ZoneOffset.UTC);
    }

    public static RequestPostProcessor as(long userId, Role role) {
        return user(principal(userId, role));
    }
}
