package org.stint.company;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** An address invited to the company that has not signed up yet. */
record PendingInvitation(String email, Instant invitedAt) {

    public LocalDate invitedOn() {
        return LocalDate.ofInstant(invitedAt, ZoneOffset.UTC);
    }
}
