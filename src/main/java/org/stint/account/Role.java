package org.stint.account;

/** The kind of user; each maps to a Spring Security authority {@code ROLE_<name>}. */
public enum Role {
    STUDENT,
    EMPLOYER,
    UNIVERSITY_STAFF,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
