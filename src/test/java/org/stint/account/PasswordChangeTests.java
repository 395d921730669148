package org.stint.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;

/**
 * A new password in the account settings needs the current one, and signs out the other sessions
 * and every remember-me cookie.
 */
class PasswordChangeTests extends PasswordTestSupport {

    @Test
    void changingThePasswordNeedsTheCurrentOneAndSignsOutOnlyTheOtherSessions() throws Exception {
        String email = studentWithPassword();
        Cookie here = signIn(email, OLD_PASSWORD);
        Cookie elsewhere = signIn(email, OLD_PASSWORD);

        Document wrong = Html.parse(mvc.perform(post("/account/password")
                        .cookie(here)
                        .param("currentPassword", "not-the-password")
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn());
        PageChecks.assertUsable(wrong, "/account/password");
        assertThat(wrong.select("#currentPassword-error").text()).isEqualTo("This is not your current password.");
        assertThat(wrong.select("#currentPassword").attr("aria-invalid")).isEqualTo("true");
        assertThat(wrong.select("input[type=password]").eachAttr("value")).allMatch(String::isEmpty);

        Document mismatch = Html.parse(mvc.perform(post("/account/password")
                        .cookie(here)
                        .param("currentPassword", OLD_PASSWORD)
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD + "x")
                        .with(csrf()))
                .andReturn());
        assertThat(mismatch.select("#confirmPassword-error").text()).startsWith("The two new passwords differ.");
        Document blank = Html.parse(mvc.perform(post("/account/password")
                        .cookie(here)
                        .param("currentPassword", "")
                        .param("newPassword", "")
                        .param("confirmPassword", "")
                        .with(csrf()))
                .andReturn());
        assertThat(blank.select("#currentPassword-error, #newPassword-error, #confirmPassword-error"))
                .hasSize(3);
        assertSignedIn(elsewhere);
        mvc.perform(formLogin().user(email).password(NEW_PASSWORD)).andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/account/password")
                        .cookie(here)
                        .param("currentPassword", OLD_PASSWORD)
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("flash", "account.password.changed"));

        assertSignedIn(here);
        assertSignedOut(elsewhere);
        signIn(email, NEW_PASSWORD);
        mvc.perform(formLogin().user(email).password(OLD_PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aNewPasswordInvalidatesRememberMeCookies() throws Exception {
        String email = studentWithPassword();
        MvcResult login = mvc.perform(post("/login")
                        .param("username", email)
                        .param("password", OLD_PASSWORD)
                        .param("remember-me", "on")
                        .with(csrf()))
                .andExpect(redirectedUrl("/dashboard"))
                .andReturn();
        Cookie rememberMe = login.getResponse().getCookie("remember-me");
        assertThat(rememberMe).isNotNull();
        mvc.perform(get("/account").cookie(rememberMe)).andExpect(status().isOk());

        mvc.perform(post("/account/password")
                        .cookie(login.getResponse().getCookie("SESSION"))
                        .param("currentPassword", OLD_PASSWORD)
                        .param("newPassword", NEW_PASSWORD)
                        .param("confirmPassword", NEW_PASSWORD)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").cookie(rememberMe)).andExpect(redirectedUrl("/login"));
    }
}
