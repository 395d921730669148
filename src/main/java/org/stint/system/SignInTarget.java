package org.stint.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where a sign-in leads. A page that sends people to sign in names itself in {@code
 * /login?continue=/postings/42} ("Sign in to apply"); the sign-in page keeps that target in the
 * session, through failed attempts, and a successful sign-in goes there. Only a path on this site
 * is accepted, so the parameter cannot send anyone elsewhere. Without one, Spring Security's saved
 * request (the protected page that asked for the sign-in) or the dashboard decides.
 */
final class SignInTarget {

    static final String PARAMETER = "continue";

    private static final String ATTRIBUTE = SignInTarget.class.getName();

    private static final int MAX_LENGTH = 512;

    private static final HttpSessionRequestCache SAVED_REQUESTS = new HttpSessionRequestCache();

    private SignInTarget() {}

    /** The value as a path on this site ("/postings/42?page=2"), or null if it is anything else. */
    static String localPath(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || value.charAt(0) != '/') {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // no whitespace or controls (header splitting), no backslash (browsers read "/\" as "//")
            if (c <= ' ' || c == 0x7f || c == '\\') {
                return null;
            }
        }
        if (value.startsWith("//") || value.startsWith("/login") || value.startsWith("/logout")) {
            return null;
        }
        try {
            URI uri = new URI(value);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? value : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /**
     * On the sign-in page: a valid {@code continue} becomes the target; the bare page (no query)
     * forgets an earlier one; the page after a failed attempt ({@code ?error}...) keeps it.
     */
    static final class Remember extends OncePerRequestFilter {

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"GET".equals(request.getMethod())
                    || !"/login"
                            .equals(request.getRequestURI()
                                    .substring(request.getContextPath().length()));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String target = localPath(request.getParameter(PARAMETER));
            if (target != null) {
                request.getSession().setAttribute(ATTRIBUTE, target);
            } else if (request.getQueryString() == null) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.removeAttribute(ATTRIBUTE);
                }
            }
            chain.doFilter(request, response);
        }
    }

    /** After a successful sign-in: the remembered target (once), else the saved request or the default. */
    static AuthenticationSuccessHandler successHandler(String defaultTarget) {
        SavedRequestAwareAuthenticationSuccessHandler otherwise = new SavedRequestAwareAuthenticationSuccessHandler();
        otherwise.setDefaultTargetUrl(defaultTarget);
        return (HttpServletRequest request, HttpServletResponse response, Authentication authentication) -> {
            HttpSession session = request.getSession(false);
            Object target = session == null ? null : session.getAttribute(ATTRIBUTE);
            if (target instanceof String path && localPath(path) != null) {
                session.removeAttribute(ATTRIBUTE);
                session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
                SAVED_REQUESTS.removeRequest(request, response);
                response.sendRedirect(request.getContextPath() + path);
                return;
            }
            otherwise.onAuthenticationSuccess(request, response, authentication);
        };
    }
}
