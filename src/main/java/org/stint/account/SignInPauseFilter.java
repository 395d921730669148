package org.stint.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Turns away sign-ins that {@link SignInThrottle} has paused, before the password is checked, with
 * the same answer whether or not the account exists. Sits in the security filter chain before
 * the form sign-in.
 */
public class SignInPauseFilter extends OncePerRequestFilter {

    private static final SessionFlashMapManager FLASH = new SessionFlashMapManager();

    private static final RequestMatcher SIGN_IN =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/login");

    private final SignInThrottle throttle;

    public SignInPauseFilter(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SIGN_IN.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration pause = throttle.pauseFor(request.getParameter("username"), request.getRemoteAddr());
        if (pause.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long minutes = Math.max(1, (pause.toSeconds() + 59) / 60);
        backToSignIn(request, response, "/login?paused=" + minutes);
    }

    /**
     * Sends the browser back to the sign-in page at {@code target}, keeping the typed e-mail for
     * the form (as a flash attribute, never in the address).
     */
    public static void backToSignIn(HttpServletRequest request, HttpServletResponse response, String target)
            throws IOException {
        String email = request.getParameter("username");
        if (email != null && !email.isBlank()) {
            FlashMap flash = new FlashMap();
            flash.put("email", email.strip());
            flash.setTargetRequestPath(request.getContextPath() + "/login");
            FLASH.saveOutputFlashMap(flash, request, response);
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
