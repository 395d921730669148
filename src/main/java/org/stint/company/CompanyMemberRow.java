package org.stint.company;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A member of the company as its profile page lists them (members see each other's e-mail). */
record CompanyMemberRow(String name, String email, Instant joinedAt) {

    public LocalDate joinedOn() {
        return LocalDate.ofInstant(joinedAt, ZoneOffset.UTC);
    }
}
