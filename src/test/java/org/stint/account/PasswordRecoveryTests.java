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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MvcResult;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;

/**
 * "Forgot password?" never tells whether an account exists; its link works once, for 30 minutes,
 * and the new password signs out every session.
 */
@RecordApplicationEvents
class PasswordRecoveryTests extends PasswordTestSupport {

    @Autowired
    ApplicationEvents events;

    private MvcResult askForReset(String email) throws Exception {
        return mvc.perform(post("/password-reset").param("email", email).with(csrf()))
                .andExpect(redirectedUrl("/password-reset"))
                .andExpect(flash().attribute("flash", "account.reset.sent"))
                .andReturn();
    }

    private List<String> resetLinksTo(String email) {
        return events.stream(PasswordResetRequested.class)
                .filter(e -> e.email().equals(email))
                .map(PasswordResetRequested::token)
                .toList();
    }

    private MvcResult choose(String token, String password, String again) throws Exception {
        return mvc.perform(post("/password-reset/new")
                        .param("token", token)
                        .param("newPassword", password)
                        .param("confirmPassword", again)
                        .with(csrf()))
                .andReturn();
    }

    private long tokensOf(String email) {
        return jdbc.sql("select count(*) from account_tokens t join users u on u.id = t.user_id"
                        + " where u.email = :e and t.purpose = 'RESET_PASSWORD'")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    @Test
    void askingForAResetAnswersTheSameForAnAccountAndForNoAccount() throws Exception {
        String known = studentWithPassword();
        String unknown = "nobody-" + UUID.randomUUID() + "@northbridge.edu";

        MvcResult forKnown = askForReset(known.toUpperCase());
        MvcResult forUnknown = askForReset(unknown);
        assertThat(forKnown.getResponse().getStatus())
                .isEqualTo(forUnknown.getResponse().getStatus());
        assertThat((Object) forKnown.getFlashMap()).isEqualTo(forUnknown.getFlashMap());
        assertThat(forKnown.getResponse().getHeaderNames())
                .isEqualTo(forUnknown.getResponse().getHeaderNames());

        // the notice is a flash message, shown once: the page is read once per answer
        Document page = Html.parse(
                mvc.perform(get("/password-reset").cookie(forKnown.getResponse().getCookie("SESSION")))
                        .andReturn());
        String shownForKnown = page.select("main").outerHtml();
        String shownForUnknown = Html.parse(mvc.perform(get("/password-reset")
                                .cookie(forUnknown.getResponse().getCookie("SESSION")))
                        .andReturn())
                .select("main")
                .outerHtml()
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
        assertThat(shownForKnown.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""))
                .isEqualTo(shownForUnknown);
        assertThat(page.select("[role=status]").text()).startsWith("If an account uses that address");
        PageChecks.assertUsable(page, "/password-reset");

        assertThat(resetLinksTo(known)).hasSize(1);
        assertThat(tokensOf(known)).isOne();
        assertThat(events.stream(PasswordResetRequested.class)
                        .filter(e -> e.email().equals(unknown)))
                .isEmpty();
    }

    @Test
    void aResetLinkWorksOnceEndsEverySessionAndTheOldPasswordStopsWorking() throws Exception {
        String email = studentWithPassword();
        Cookie elsewhere = signIn(email, OLD_PASSWORD);
        askForReset(email);
        String token = resetLinksTo(email).get(0);

        String url = "/password-reset/new?token=" + token;
        Document form =
                Html.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn());
        PageChecks.assertUsable(form, "/password-reset/new");
        assertThat(form.select("input[type=hidden][name=token]").val()).isEqualTo(token);

        Document mismatch = Html.parse(choose(token, NEW_PASSWORD, "something-else-entirely"));
        assertThat(mismatch.select("#confirmPassword-error").text())
                .isEqualTo("The two new passwords differ. Type the same password twice.");
        Document tooShort = Html.parse(choose(token, "short", "short"));
        assertThat(tooShort.select("#newPassword-error").text())
                .isEqualTo("Use between 10 and 72 characters (fewer if they include accented letters or emoji).");
        Document tooLong = Html.parse(choose(token, "y".repeat(73), "y".repeat(73)));
        assertThat(tooLong.select("#newPassword-error").text()).startsWith("Use between 10 and 72 characters");
        PageChecks.assertUsable(tooShort, "/password-reset/new");

        MvcResult done = choose(token, NEW_PASSWORD, NEW_PASSWORD);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(done.getFlashMap().get("flash")).isEqualTo("account.reset.done");

        assertSignedOut(elsewhere);
        mvc.perform(formLogin().user(email).password(OLD_PASSWORD)).andExpect(redirectedUrl("/login?error"));
        signIn(email, NEW_PASSWORD);

        Document again = Html.parse(choose(token, "yet-another-password", "yet-another-password"));
        assertThat(again.select("#unusable").text()).startsWith("This link cannot be used");
        PageChecks.assertUsable(again, "/password-reset/new");
        assertThat(Html.parse(mvc.perform(get(url)).andReturn()).select("#unusable"))
                .isNotEmpty();
        signIn(email, NEW_PASSWORD);
    }

    @Test
    void eightSimultaneousUsesOfOneResetLinkSetOnePassword() throws Exception {
        String email = studentWithPassword();
        askForReset(email);
        String token = resetLinksTo(email).get(0);
        int callers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String password = NEW_PASSWORD + i;
                results.add(pool.submit(() -> {
                    start.await();
                    MvcResult result = choose(token, password, password);
                    return result.getResponse().getRedirectedUrl() == null ? null : password;
                }));
            }
            start.countDown();
            List<String> accepted = new ArrayList<>();
            for (Future<String> result : results) {
                if (result.get() != null) {
                    accepted.add(result.get());
                }
            }
            assertThat(accepted).hasSize(1);
            signIn(email, accepted.get(0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aResetLinkExpiresAndATamperedOneIsUnknown() throws Exception {
        String email = studentWithPassword();
        askForReset(email);
        String token = resetLinksTo(email).get(0);
        char last = token.charAt(token.length() - 1);
        String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
        assertThat(Html.parse(choose(tampered, NEW_PASSWORD, NEW_PASSWORD)).select("#unusable"))
                .isNotEmpty();

        jdbc.sql("update account_tokens set created_at = now() - interval '31 minutes',"
                        + " expires_at = now() - interval '1 minute'"
                        + " where user_id = (select id from users where email = :e)")
                .param("e", email)
                .update();
        assertThat(Html.parse(mvc.perform(get("/password-reset/new?token=" + token))
                                .andReturn())
                        .select("#unusable"))
                .isNotEmpty();
        assertThat(Html.parse(choose(token, NEW_PASSWORD, NEW_PASSWORD)).select("#unusable"))
                .isNotEmpty();
        signIn(email, OLD_PASSWORD);
    }

    @Test
    void resetLinksAreLimitedPerAccountWithoutSayingSo() throws Exception {
        String email = studentWithPassword();
        for (int i = 0; i < PasswordService.MAX_RESETS_PER_HOUR + 2; i++) {
            askForReset(email);
        }
        assertThat(tokensOf(email)).isEqualTo(PasswordService.MAX_RESETS_PER_HOUR);
    }

    @Test
    void theNewRoutesHaveTheirAccessRulesAndNeedCsrf() throws Exception {
        mvc.perform(get("/password-reset")).andExpect(status().isOk());
        mvc.perform(post("/password-reset").param("email", "x@northbridge.edu")).andExpect(status().isForbidden());
        mvc.perform(post("/password-reset/new").param("token", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/account/password")).andExpect(status().isForbidden());
        mvc.perform(post("/account/password").with(csrf())).andExpect(redirectedUrl("/login"));
        Document blank = Html.parse(
                mvc.perform(post("/password-reset").param("email", "").with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(blank.select("#email-error").text()).isEqualTo("Please fill in this field.");
        Document login = Html.parse(mvc.perform(get("/login")).andReturn());
        assertThat(login.select("a[href=/password-reset]").text()).isEqualTo("Forgot your password?");
    }
}
