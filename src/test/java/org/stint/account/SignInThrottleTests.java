package org.stint.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Html;

/** Password guessing slows down per account and per address, and the account's owner hears of it. */
class SignInThrottleTests extends AppTestSupport {

    private static final String PASSWORD = "the-right-password";

    /** Each test signs in from its own address, so that the per-address count is its own. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private String student() {
        Fixtures f = new Fixtures(jdbc);
        return f.email(f.student(f.university(false), "Guessed Student", "{noop}" + PASSWORD));
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    private ResultActions signIn(String email, String password, String address) throws Exception {
        return mvc.perform(post("/login")
                .param("username", email)
                .param("password", password)
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                }));
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneWaitsAndTheOwnerIsTold() throws Exception {
        String email = student();
        String address = newAddress();
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES + 1; i++) {
            signIn(email, "guess-" + i, address).andExpect(redirectedUrl("/login?error"));
        }
        signIn(email, PASSWORD, address).andExpect(redirectedUrl("/login?paused=1"));
        // from another address too: the account itself is paused
        signIn(email, PASSWORD, newAddress()).andExpect(redirectedUrl("/login?paused=1"));

        Document page = Html.parse(mvc.perform(get("/login").param("paused", "1"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("[role=alert]").text()).contains("Try again in 1 minute");

        long userId = jdbc.sql("select id from users where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int notices = 0;
        while (notices == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            notices = jdbc.sql("select count(*) from notifications where user_id = :u and kind = 'signInsPaused'")
                    .param("u", userId)
                    .query(Integer.class)
                    .single();
        }
        assertThat(notices).isEqualTo(1);

        // once the pause is over, the right password signs in and clears the count
        jdbc.sql("update sign_in_failures set last_failure_at = now() - interval '20 minutes' where key = :k")
                .param("k", "account:" + email)
                .update();
        signIn(email, PASSWORD, address).andExpect(redirectedUrl("/dashboard"));
        signIn(email, "one-more-guess", address).andExpect(redirectedUrl("/login?error"));
        signIn(email, PASSWORD, address).andExpect(redirectedUrl("/dashboard"));
    }

    @Test
    void anAccountThatDoesNotExistIsTreatedAlike() throws Exception {
        String nobody = Fixtures.unique("nobody") + "@nowhere.example";
        String address = newAddress();
        for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES + 1; i++) {
            signIn(nobody, "guess-" + i, address).andExpect(redirectedUrl("/login?error"));
        }
        signIn(nobody, "guess", address).andExpect(redirectedUrl("/login?paused=1"));
    }

    @Test
    void aSuccessfulSignInResetsTheAccountsCount() throws Exception {
        String email = student();
        String address = newAddress();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < SignInThrottle.FREE_ACCOUNT_FAILURES; i++) {
                signIn(email, "guess-" + i, address).andExpect(redirectedUrl("/login?error"));
            }
            signIn(email, PASSWORD, address).andExpect(redirectedUrl("/dashboard"));
        }
    }

    @Test
    void oneAddressGuessingAcrossManyAccountsIsPaused() throws Exception {
        String address = newAddress();
        for (int i = 0; i < SignInThrottle.FREE_ADDRESS_FAILURES + 1; i++) {
            signIn(Fixtures.unique("sprayed") + "@nowhere.example", "guess", address)
                    .andExpect(redirectedUrl("/login?error"));
        }
        String email = student();
        signIn(email, PASSWORD, address).andExpect(redirectedUrl("/login?paused=1"));
        signIn(email, PASSWORD, newAddress()).andExpect(redirectedUrl("/dashboard"));
    }

    @Test
    void pausesGrowAndStopAtFifteenMinutes() {
        int free = SignInThrottle.FREE_ACCOUNT_FAILURES;
        assertThat(SignInThrottle.pause(free, free)).isEqualTo(Duration.ZERO);
        assertThat(SignInThrottle.pause(free + 1, free)).isEqualTo(Duration.ofSeconds(30));
        assertThat(SignInThrottle.pause(free + 2, free)).isEqualTo(Duration.ofMinutes(1));
        assertThat(SignInThrottle.pause(free + 6, free)).isEqualTo(Duration.ofMinutes(15));
        assertThat(SignInThrottle.pause(free + 500, free)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aFailedSignInKeepsTheTypedEmail() throws Exception {
        String email = student();
        // the typed e-mail travels in the session, whose id is the SESSION cookie
        Cookie session = signIn(email, "wrong", newAddress())
                .andExpect(redirectedUrl("/login?error"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).isNotNull();
        Document page = Html.parse(mvc.perform(get("/login").param("error", "").cookie(session))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("#username").val()).isEqualTo(email);
        // a paused value that is not a number of minutes is ignored
        mvc.perform(get("/login").param("paused", "<script>")).andExpect(status().isOk());
    }
}
