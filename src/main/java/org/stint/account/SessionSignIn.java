package org.stint.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts an account into the browser's session without a password form: right after sign-up (the
 * person just chose the password), and again after they change something the principal carries
 * (their time zone). The security context is saved through the same session repository the
 * sign-in form uses, so it lands in Spring Session's table like any other sign-in.
 */
@Component
public class SessionSignIn {

    private final UserDetailsService users;

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SessionSignIn(UserDetailsService users) {
        this.users = users;
    }

    /**
     * Signs in the account that was just created with this e-mail. The session gets a new id, as
     * after any sign-in, so that an id planted before sign-up is worth nothing afterwards.
     */
    public void signInNewAccount(String email, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        save(users.loadUserByUsername(email), request, response);
    }

    /** Reads the signed-in account again (after a change to what its principal carries). */
    void refresh(AccountPrincipal current, HttpServletRequest request, HttpServletResponse response) {
        save(users.loadUserByUsername(current.getUsername()), request, response);
    }

    private void save(UserDetails user, HttpServletRequest request, HttpServletResponse response) {
        // as after a form sign-in, the session keeps no password hash
        if (user instanceof CredentialsContainer credentials) {
            credentials.eraseCredentials();
        }
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        holder.setContext(context);
        repository.saveContext(context, request, response);
    }
}
