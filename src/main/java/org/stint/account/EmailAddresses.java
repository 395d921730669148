package org.stint.account;

import java.util.Locale;

/** E-mail addresses are compared case-insensitively: they are stored trimmed and lower-cased. */
public final class EmailAddresses {

    private EmailAddresses() {}

    public static String normalize(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    /** The part after the last '@', lower-cased; empty when there is none. */
    public static String domainOf(String email) {
        String normalized = normalize(email);
        int at = normalized == null ? -1 : normalized.lastIndexOf('@');
        return at < 0 ? "" : normalized.substring(at + 1);
    }
}
