package org.stint.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The sign-up forms as a browser sends them, filled in with valid values unless a test says otherwise. */
public final class SignUpForms {

    private SignUpForms() {}

    /** A student's sign-up: BSc Physics, graduating in 2028. */
    public static MockHttpServletRequestBuilder student(String name, String email, String password) {
        return post("/signup/student")
                .with(csrf())
                .param("name", name)
                .param("email", email)
                .param("password", password)
                .param("programme", "BSc Physics")
                .param("graduationYear", "2028");
    }

    /** An employer's sign-up with a name, e-mail address and password; the company's fields are the test's. */
    public static MockHttpServletRequestBuilder employer(String name, String email, String password) {
        return post("/signup/employer")
                .with(csrf())
                .param("name", name)
                .param("email", email)
                .param("password", password);
    }
}
