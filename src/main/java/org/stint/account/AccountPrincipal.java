package org.stint.account;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in user as Spring Security sees it, carrying the ids pages need. */
public class AccountPrincipal extends User {

    /**
     * Fixed at the value the JVM computed before {@link #zone} was added, so sessions stored in
     * PostgreSQL by an earlier release still load (their zone is null: UTC).
     */
    private static final long serialVersionUID = 7081529674963939377L;

    private final long userId;

    private final String displayName;

    private final Role role;

    private final boolean emailVerified;

    /** The zone their pages show times in, worked out at sign-in (their choice or their university's). */
    private final ZoneId zone;

    AccountPrincipal(
            long userId,
            String email,
            String passwordHash,
            String displayName,
            Role role,
            boolean enabled,
            boolean emailVerified,
            ZoneId zone) {
        super(email, passwordHash, enabled, true, true, true, List.of(new SimpleGrantedAuthority(role.authority())));
        this.userId = userId;
        this.displayName = displayName;
        this.role = role;
        this.emailVerified = emailVerified;
        this.zone = zone;
    }

    /** A stored zone id, or UTC when there is none or it is no longer known to this JVM. */
    static ZoneId zoneOf(String id) {
        if (id == null) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException unknown) {
            return ZoneOffset.UTC;
        }
    }

    /** The zone the user's pages show times in (UTC for a session from before zones were kept). */
    public ZoneId zone() {
        return zone == null ? ZoneOffset.UTC : zone;
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
