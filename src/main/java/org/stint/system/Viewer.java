package org.stint.system;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.stint.account.AccountPrincipal;

/**
 * Who is looking at a page, for the templates to choose what to show: signed in or not, their
 * name and roles. Only for display; every route checks access itself (SecurityConfiguration). Worked out
 * once per request: thymeleaf-extras-springsecurity's {@code sec:authorize} evaluated a security
 * expression for each of the layout's ten navigation items, a tenth of a results page's CPU time.
 */
public record Viewer(boolean signedIn, String name, Set<String> roles) {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    static Viewer current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || TRUST.isAnonymous(authentication)) {
            return new Viewer(false, null, Set.of());
        }
        return new Viewer(
                true,
                authentication.getPrincipal() instanceof AccountPrincipal account
                        ? account.displayName()
                        : authentication.getName(),
                authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toUnmodifiableSet()));
    }

    public boolean anonymous() {
        return !signedIn;
    }

    public boolean student() {
        return roles.contains("ROLE_STUDENT");
    }

    public boolean employer() {
        return roles.contains("ROLE_EMPLOYER");
    }

    public boolean staff() {
        return roles.contains("ROLE_UNIVERSITY_STAFF");
    }

    /** Adds {@code viewer} to every page's model. */
    @ControllerAdvice
    static class Advice {

        @ModelAttribute("viewer")
        Viewer viewer() {
            return current();
        }
    }
}
