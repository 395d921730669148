package org.stint.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing. Wrong passwords are counted per typed e-mail and per client address,
 * whether or not the account exists. Past the free failures (5 for an e-mail, 30 for an address,
 * which many people may share) each further failure pauses sign-ins with that e-mail or from that
 * address: 30 seconds, doubling up to 15 minutes. A successful sign-in clears the e-mail's count;
 * a day without failures clears either. The first pause of an existing account tells its owner.
 */
@Component
public class SignInThrottle {

    static final int FREE_ACCOUNT_FAILURES = 5;

    static final int FREE_ADDRESS_FAILURES = 30;

    static final Duration FIRST_PAUSE = Duration.ofSeconds(30);

    static final Duration LONGEST_PAUSE = Duration.ofMinutes(15);

    private static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    private static String accountKey(String email) {
        return "account:" + (email == null ? "" : EmailAddresses.normalize(email));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** How long sign-ins with this e-mail, or from this address, must still wait; zero when they may go ahead. */
    @Transactional(readOnly = true)
    public Duration pauseFor(String email, String address) {
        Instant now = clock.instant();
        return jdbc
                .sql("select key, failures, last_failure_at from sign_in_failures where key in (:account, :address)")
                .param("account", accountKey(email))
                .param("address", addressKey(address))
                .query((rs, row) -> {
                    int free =
                            rs.getString("key").startsWith("account:") ? FREE_ACCOUNT_FAILURES : FREE_ADDRESS_FAILURES;
                    Instant until =
                            rs.getTimestamp("last_failure_at").toInstant().plus(pause(rs.getInt("failures"), free));
                    return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
                })
                .list()
                .stream()
                .max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    /** The pause after this many failures in a row, of which {@code free} cost nothing. */
    static Duration pause(int failures, int free) {
        int over = failures - free;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(over - 1, 10));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    @EventListener
    @Transactional
    public void on(AuthenticationFailureBadCredentialsEvent failure) {
        Authentication attempt = failure.getAuthentication();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown";
        Instant now = clock.instant();
        int accountFailures = jdbc
                .sql("""
                        insert into sign_in_failures as f (key, failures, last_failure_at)
                        values (:address, 1, :now), (:account, 1, :now)
                        on conflict (key) do update
                        set failures = case when f.last_failure_at < :forgotten then 1 else f.failures + 1 end,
                            last_failure_at = :now
                        returning key, failures
                        """)
                .param("account", accountKey(attempt.getName()))
                .param("address", addressKey(address))
                .param("now", Timestamp.from(now))
                .param("forgotten", Timestamp.from(now.minus(FORGOTTEN_AFTER)))
                .query((rs, row) -> rs.getString("key").startsWith("account:") ? rs.getInt("failures") : 0)
                .list()
                .stream()
                .mapToInt(Integer::intValue)
                .sum();
        if (accountFailures == FREE_ACCOUNT_FAILURES + 1) {
            jdbc.sql("select id from users where email = :email")
                    .param("email", EmailAddresses.normalize(attempt.getName()))
                    .query(Long.class)
                    .optional()
                    .ifPresent(userId -> events.publishEvent(new SignInsPaused(userId)));
        }
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent success) {
        jdbc.sql("delete from sign_in_failures where key = :account")
                .param("account", accountKey(success.getAuthentication().getName()))
                .update();
    }
}
