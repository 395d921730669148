package org.stint.student;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Html;
import org.stint.testsupport.SessionCookie;
import org.stint.testsupport.SignUpForms;

class StudentSignupTests extends AppTestSupport {

    private static MockHttpServletRequestBuilder signUp(String email, String password) {
        return SignUpForms.student("Test Student", email, password);
    }

    private long accountsWith(String email) {
        return jdbc.sql("select count(*) from users where email = lower(:email)")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    @Test
    void theEmailDomainPicksTheUniversityAndTheStudentCanSignIn() throws Exception {
        String email = "Student." + UUID.randomUUID() + "@CS.Northbridge.edu";
        mvc.perform(signUp(email, "a-good-password")).andExpect(redirectedUrl("/applications"));

        String university =
                jdbc.sql("""
                        select u.name from students s join users a on a.id = s.user_id
                        join universities u on u.id = s.university_id where a.email = lower(:email)
                        """).param("email", email).query(String.class).single();
        assertThat(university).isEqualTo("Northbridge State University");
        mvc.perform(formLogin().user(email.toLowerCase()).password("a-good-password"))
                .andExpect(authenticated());
        mvc.perform(formLogin().user(email).password("wrong-password")).andExpect(unauthenticated());
    }

    /** Sign-up signs the new student in: they land on their own page, told about the e-mail. */
    @Test
    void aNewStudentIsSignedInAndLandsOnTheirApplicationsWithANoticeAboutTheEmail() throws Exception {
        String email = "fresh-" + UUID.randomUUID() + "@eastmoor.ac.uk";
        SessionCookie browser = new SessionCookie();
        mvc.perform(get("/signup/student").with(browser)).andDo(browser);
        mvc.perform(signUp(email, "a-good-password").with(browser))
                .andDo(browser)
                .andExpect(redirectedUrl("/applications"))
                .andExpect(flash().attribute("flash", "account.signup.doneStudent"));

        Document home = Html.parse(mvc.perform(get("/applications").with(browser))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(home.select("h1").text()).isEqualTo("My applications");
        assertThat(home.select(".notice-success").text())
                .contains("you are signed in")
                .contains("e-mail with a link to confirm your address");
        Document account = Html.parse(mvc.perform(get("/account").with(browser))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(account.select("#timeZone option[selected]").text())
                .as("a new Eastmoor student's times follow their university's zone")
                .isEqualTo("Your university's time zone (Europe/London)");
    }

    @Test
    void anUnknownDomainIsAFieldMessageAndNoAccountIsCreated() throws Exception {
        String email = "someone-" + UUID.randomUUID() + "@gmail.com";
        Document page = Html.parse(mvc.perform(signUp(email, "a-good-password"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("#email-error").text()).contains("do not know a university");
        assertThat(page.select("#email").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#email").val()).isEqualTo(email);
        assertThat(page.select("#name").val()).isEqualTo("Test Student");
        assertThat(page.select("#password").val())
                .as("passwords are never echoed")
                .isEmpty();
        assertThat(accountsWith(email)).isZero();
    }

    @Test
    void aTakenEmailIsAFieldMessageWhateverItsCase() throws Exception {
        Document page = Html.parse(mvc.perform(signUp(DemoData.DEMO_STUDENT.toUpperCase(), "a-good-password"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("#email-error").text()).contains("already exists");
        assertThat(accountsWith(DemoData.DEMO_STUDENT)).isOne();
    }

    @Test
    void badInputComesBackWithMessagesNextToTheFieldsAndTheValuesKept() throws Exception {
        Document page = Html.parse(mvc.perform(post("/signup/student")
                        .with(csrf())
                        .param("name", "")
                        .param("email", "not-an-email")
                        .param("password", "short")
                        .param("programme", "BA History")
                        .param("graduationYear", "next year"))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("[role=alert]").text()).contains("correct the highlighted fields");
        assertThat(page.select("#name-error").text()).isEqualTo("Please fill in this field.");
        assertThat(page.select("#email-error").text()).contains("e-mail address like");
        assertThat(page.select("#password-error").text()).isEqualTo(PASSWORD_LENGTH_MESSAGE);
        assertThat(page.select("#graduationYear-error").text()).isEqualTo("Enter a year such as 2028.");
        assertThat(page.select("#programme").val()).isEqualTo("BA History");
        assertThat(page.select("#email").val()).isEqualTo("not-an-email");
    }

    /** bcrypt reads at most 72 bytes of a password; a longer one is refused on the form, not with a 500. */
    @Test
    void aPasswordLongerThanBcryptReadsIsRefusedOnTheForm() throws Exception {
        String email = "long-" + UUID.randomUUID() + "@northbridge.edu";
        Document page = Html.parse(mvc.perform(signUp(email, "x".repeat(73)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("#password-error").text()).isEqualTo(PASSWORD_LENGTH_MESSAGE);
        page = Html.parse(mvc.perform(signUp(email, "é".repeat(40)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("#password-error").text()).isEqualTo(PASSWORD_LENGTH_MESSAGE);
        assertThat(accountsWith(email)).isZero();
        mvc.perform(signUp(email, "x".repeat(72))).andExpect(redirectedUrl("/applications"));
    }

    private static final String PASSWORD_LENGTH_MESSAGE =
            "Use between 10 and 72 characters (fewer if they include accented letters or emoji).";
}
