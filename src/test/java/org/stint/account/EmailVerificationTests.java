package org.stint.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;
import org.stint.testsupport.SignUpForms;

/**
 * A new account proves its e-mail address with a single-use, expiring link, asked for again from
 * the account settings at a limited rate.
 */
class EmailVerificationTests extends VerificationTestSupport {

    private boolean verified(long userId) {
        return jdbc.sql("select email_verified_at is not null from users where id = :id")
                .param("id", userId)
                .query(Boolean.class)
                .single();
    }

    /** An unverified student with a fresh link (asked for through the page, as the student would). */
    private long unverifiedStudentWithLink(Fixtures fixtures) throws Exception {
        long student = fixtures.student(fixtures.university(false), "Unverified Student");
        fixtures.unverified(student);
        mvc.perform(post("/account/verification").with(csrf()).with(as(student)))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("flash", "account.verify.resent"));
        return student;
    }

    @Test
    void signingUpSendsALinkThatVerifiesTheAddressOnce() throws Exception {
        String email = "new-" + UUID.randomUUID() + "@northbridge.edu";
        mvc.perform(SignUpForms.student("New Student", email, "a-good-password"))
                .andExpect(redirectedUrl("/applications"));
        long id = jdbc.sql("select id from users where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
        assertThat(verified(id)).isFalse();
        String token = lastLinkTo(email);
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(jdbc.sql("select count(*) from account_tokens where token_hash = sha256(convert_to(:t, 'UTF8'))")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .as("only the token's hash is stored")
                .isEqualTo(1);

        assertThat(follow(token).select("#outcome").text()).isEqualTo("Thank you: your e-mail address is confirmed.");
        assertThat(verified(id)).isTrue();

        assertThat(follow(token).select("#outcome").text()).isEqualTo("Your e-mail address is already confirmed.");
        assertThat(jdbc.sql("select count(*) from account_tokens where user_id = :id and used_at is null")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anExpiredLinkIsRefused() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        long student = unverifiedStudentWithLink(fixtures);
        String token = lastLinkTo(fixtures.email(student));
        jdbc.sql(
                        "update account_tokens set created_at = now() - interval '4 days', expires_at = now() - interval '1 day'"
                                + " where user_id = :id")
                .param("id", student)
                .update();

        assertThat(follow(token).select("#outcome[role=alert]").text()).startsWith("This link has expired.");
        assertThat(verified(student)).isFalse();
    }

    @Test
    void aTamperedOrMadeUpLinkIsRefused() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        long student = unverifiedStudentWithLink(fixtures);
        String token = lastLinkTo(fixtures.email(student));
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');

        for (String wrong : List.of(tampered, token.substring(1), token + "A", "", "%00", "x".repeat(5000))) {
            assertThat(follow(wrong).select("#outcome").text()).startsWith("This link is not valid.");
        }
        assertThat(verified(student)).isFalse();
        follow(token);
        assertThat(verified(student)).isTrue();
    }

    @Test
    void newLinksAreRateLimited() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        long student = unverifiedStudentWithLink(fixtures);
        mvc.perform(post("/account/verification").with(csrf()).with(as(student)))
                .andExpect(flash().attribute("flashError", "account.verify.tooSoon"));
        assertThat(jdbc.sql("select count(*) from account_tokens where user_id = :id")
                        .param("id", student)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // "send another link" returns to the page it was asked from, never to another site
        jdbc.sql("update account_tokens set created_at = now() - interval '1 hour' where user_id = :id")
                .param("id", student)
                .update();
        mvc.perform(post("/account/verification")
                        .param("from", "//evil.example/x")
                        .with(csrf())
                        .with(as(student)))
                .andExpect(redirectedUrl("/account"));
        jdbc.sql("update account_tokens set created_at = now() - interval '1 hour' where user_id = :id")
                .param("id", student)
                .update();
        mvc.perform(post("/account/verification")
                        .param("from", "/postings/1/apply")
                        .with(csrf())
                        .with(as(student)))
                .andExpect(redirectedUrl("/postings/1/apply"));
    }

    @Test
    void accountSettingsShowTheAddressAndItsStateAndNeedASignIn() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        long student = fixtures.student(fixtures.university(false), "Settings Student");
        Document page = Html.parse(mvc.perform(get("/account").with(as(student)))
                .andExpect(status().isOk())
                .andReturn());
        PageChecks.assertUsable(page, "/account");
        assertThat(page.select("#email-status").text()).isEqualTo("confirmed");
        assertThat(page.select("#unverified")).isEmpty();

        fixtures.unverified(student);
        page = Html.parse(mvc.perform(get("/account").with(as(student))).andReturn());
        PageChecks.assertUsable(page, "/account");
        assertThat(page.select("#email-status").text()).isEqualTo("not confirmed yet");
        assertThat(page.select("#unverified button").text()).isEqualTo("Send a new link");

        mvc.perform(get("/account")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/verification").with(csrf())).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/account/verification").with(as(student))).andExpect(status().isForbidden());
    }
}
