package org.stint.system;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The coarse layer of access control: which role may open which URL. Every route is listed;
 * anything not listed is denied. Ownership is checked again in the services.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self';"
            + " script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Sign-ins stay observed (Actuator's metrics); each request's passage through the filter chain
     * and its authorization decision do not. Observing them wrapped each of the chain's fifteen
     * filters in an observation with its own events and counters: an eighth of a signed-in page's
     * CPU time, measured with bench/cpu-per-request.sh. The request as a whole is still observed
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
     * What anyone may read, by GET or by HEAD (which link checkers, crawlers and uptime monitors
     * send): the public pages, feeds and files; public portfolios, their verification and company
     * pages (issue 3); the health check.
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
            @Value("${stint.security.remember-me-key}") String rememberMeKey)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_READS)
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_READS)
                        .permitAll()
                        .requestMatchers("/login", "/signup", "/signup/student", "/signup/employer", "/error")
                        .permitAll()
                        // issue #4: invitation links for career-office staff; reporting a posting
                        .requestMatchers("/signup/staff/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/postings/*/report")
                        .hasAnyRole("STUDENT", "UNIVERSITY_STAFF")
                        // profiles (issue 3)
                        .requestMatchers("/profile", "/profile/**")
                        .hasRole("STUDENT")
                        // end profiles (issue 3)
                        .requestMatchers(HttpMethod.GET, "/dashboard")
                        .authenticated()
                        .requestMatchers("/postings/*/apply")
                        .hasRole("STUDENT")
                        .requestMatchers("/saved-searches", "/saved-searches/**")
                        .hasRole("STUDENT")
                        .requestMatchers("/alerts/unsubscribe/*")
                        .permitAll()
                        .requestMatchers("/notifications", "/notifications/**")
                        .authenticated()
                        .requestMatchers("/applications", "/applications/**")
                        .hasRole("STUDENT")
                        .requestMatchers("/employer/**")
                        .hasRole("EMPLOYER")
                        .requestMatchers("/university", "/university/**")
                        .hasRole("UNIVERSITY_STAFF")
                        .requestMatchers("/admin", "/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .denyAll())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard"))
                .logout(logout -> logout.logoutSuccessUrl("/?signedOut"))
                // Sessions are Spring Session's, in PostgreSQL (SessionConfiguration). Disabling an
                // account deletes its sessions (SessionEnding), so no filter needs to look each
                // session up in the registry again on every request to see whether it was ended.
                .rememberMe(remember -> remember.key(rememberMeKey).userDetailsService(users))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }
}
