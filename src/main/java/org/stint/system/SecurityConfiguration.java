package org.stint.system;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.stint.account.SignInPauseFilter;
import org.stint.account.SignInThrottle;

/**
 * The coarse layer of access control: which role may open which URL. Every route is listed;
 * any route not listed is denied, and an address no route serves answers 404. Ownership is
 * checked again in the services.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Sign-ins stay observed (Actuator's metrics); each request's passage through the filter chain
     * and its authorization decision do not: observing them wraps each of the chain's filters in an
     * observation with its own events and counters, a noticeable share of a signed-in page's CPU
     * time (bench/cpu-per-request.sh shows it). The request as a whole is still observed
     * ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }

    /**
     * Passwords are checked before the account's status, so that only someone who knows the
     * password learns that an account is disabled; they are told so plainly.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(user -> {});
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        return provider;
    }

    private static void signInFailed(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        SignInPauseFilter.backToSignIn(
                request, response, failure instanceof DisabledException ? "/login?disabled" : "/login?error");
    }

    /**
     * What anyone may read, by GET or by HEAD (which link checkers, crawlers and uptime monitors
     * send): the public pages, feeds and files; public portfolios, their verification and company
     * pages; the health check.
     */
    private static final String[] PUBLIC_READS = {
        "/",
        "/about",
        "/postings",
        "/postings/*",
        "/postings/feed",
        "/sitemap.xml",
        "/robots.txt",
        "/css/**",
        "/js/**",
        "/images/**",
        "/favicon.ico",
        "/portfolio/*",
        "/verify/*",
        "/companies/*",
        "/actuator/health"
    };

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            UserDetailsService users,
            SignInThrottle throttle,
            JdbcClient jdbc,
            HandlerMappingIntrospector handlers,
            @Value("${stint.security.remember-me-key:}") String rememberMeKey)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_READS)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_READS)
                        .permitAll()
                        .requestMatchers("/login", "/signup", "/signup/student", "/signup/employer", "/error")
                        .permitAll()
                        // invitation links for career-office staff; reporting a posting
                        .requestMatchers("/signup/staff/*")
                        .permitAll()
                        // e-mail verification and password reset links work without signing in
                        .requestMatchers(HttpMethod.GET, "/account/verify-email")
                        .permitAll()
                        .requestMatchers("/password-reset", "/password-reset/new")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/account")
                        .authenticated()
                        .requestMatchers(
                                HttpMethod.POST, "/account/password", "/account/verification", "/account/time-zone")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/postings/*/report")
                        .hasAnyRole("STUDENT", "UNIVERSITY_STAFF")
                        // student profiles and CVs
                        .requestMatchers("/profile", "/profile/**")
                        .hasRole("STUDENT")
                        .requestMatchers(HttpMethod.GET, "/dashboard")
                        .authenticated()
                        .requestMatchers("/postings/*/apply")
                        .hasRole("STUDENT")
                        .requestMatchers("/saved-searches", "/saved-searches/**")
                        .hasRole("STUDENT")
                        .requestMatchers("/saved-postings", "/saved-postings/**")
                        .hasRole("STUDENT")
                        .requestMatchers("/alerts/unsubscribe/*")
                        .permitAll()
                        .requestMatchers("/notifications", "/notifications/**")
                        .authenticated()
                        .requestMatchers("/applications", "/applications/**")
                        .hasRole("STUDENT")
                        // an engagement: its student and company members act, the student's career office reads;
                        // which engagement is whose is the engagement module's check (404 otherwise)
                        .requestMatchers(HttpMethod.GET, "/engagements/*", "/engagements/*/deliverables/*")
                        .hasAnyRole("STUDENT", "EMPLOYER", "UNIVERSITY_STAFF")
                        .requestMatchers(HttpMethod.POST, "/engagements/*/**")
                        .hasAnyRole("STUDENT", "EMPLOYER")
                        .requestMatchers("/employer/**")
                        .hasRole("EMPLOYER")
                        .requestMatchers("/university", "/university/**")
                        .hasRole("UNIVERSITY_STAFF")
                        .requestMatchers("/admin", "/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/actuator/metrics", "/actuator/metrics/**")
                        .hasRole("ADMIN")
                        // addresses nothing serves reach the dispatcher, which answers 404
                        .requestMatchers(new UnmappedRequests(handlers))
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(SignInTarget.successHandler("/dashboard"))
                        .failureHandler(SecurityConfiguration::signInFailed))
                .addFilterBefore(new SignInPauseFilter(throttle), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SignInTarget.Remember(), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
                // Sessions are Spring Session's, in PostgreSQL (SessionConfiguration). Disabling an
                // account or changing its password deletes its sessions (SessionEnding), so no filter
                // needs to look each session up in the registry again on every request.
                .rememberMe(remember ->
                        remember.key(RememberMeKey.of(rememberMeKey, jdbc)).userDetailsService(users))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
