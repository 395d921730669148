package org.stint.university;

import java.time.Instant;

/** A pending or accepted invitation to join a career office; the link is {@code /signup/staff/{token}}. */
public record StaffInvitation(long id, String email, String token, Instant createdAt, Instant acceptedAt) {

    public String link() {
        return "/signup/staff/" + token;
    }
}
