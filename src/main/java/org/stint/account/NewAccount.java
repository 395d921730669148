package org.stint.account;

/**
 * What it takes to open an account; the password is still plain text here and hashed on save.
 *
 * @param emailVerified true when the sign-up itself proved the address (an invitation link sent
 *     to it); otherwise a verification link is e-mailed
 */
public record NewAccount(String email, String rawPassword, String displayName, Role role, boolean emailVerified) {

    /** An account whose address still has to be verified. */
    public NewAccount(String email, String rawPassword, String displayName, Role role) {
        this(email, rawPassword, displayName, role, false);
    }
}
