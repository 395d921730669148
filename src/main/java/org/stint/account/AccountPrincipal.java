package org.stint.account;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user as Spring Security sees it, carrying the ids pages need. */
public class AccountPrincipal extends User {

    private final long userId;

    private final String displayName;

    private final Role role;

    private final boolean emailVerified;

    AccountPrincipal(
            long userId,
            String email,
            String passwordHash,
            String displayName,
            Role role,
            boolean enabled,
            boolean emailVerified) {
        super(email, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
        this.userId = userId;
        this.displayName = displayName;
        this.role = role;
        this.emailVerified = emailVerified;
    }

    public long userId() {
        return userId;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /**
     * Whether the address was verified when this user signed in. Verification is never undone, so
     * true is final; false may be stale (verified since, from another device): ask
     * {@link EmailVerification#isVerified(AccountPrincipal)}.
     */
    public boolean emailVerifiedAtSignIn() {
        return emailVerified;
    }

    /** The user id of a signed-in student, else null: for rules that concern students only. */
    public static Long studentId(AccountPrincipal user) {
        return user != null && user.role() == Role.STUDENT ? user.userId() : null;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
