package org.stint.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Formula;

@Entity
@Table(name = "users")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    private String displayName;

    @Enumerated(EnumType.STRING)
    private Role role;

    private boolean enabled = true;

    private Instant createdAt;

    private Instant updatedAt;

    private Instant emailVerifiedAt;

    /** The time zone the user chose (a ZoneId), or null to follow their university's. */
    private String timeZone;

    /**
     * The zone their pages use: their own choice, else their university's (as a student or as
     * career-office staff), else UTC. Read with the account at sign-in, in the same statement.
     */
    @Formula("coalesce(time_zone, (select un.time_zone from students s join universities un"
            + " on un.id = s.university_id where s.user_id = id), (select un.time_zone from university_staff st"
            + " join universities un on un.id = st.university_id where st.user_id = id), 'UTC')")
    private String effectiveTimeZone;

    protected UserAccount() {}

    UserAccount(String email, String passwordHash, String displayName, Role role) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.createdAt = Instant.now();
        this.updatedAt = this.createdAt;
    }

    Long getId() {
        return id;
    }

    String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    Role getRole() {
        return role;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    /** The address was proven (by a link sent to it); the first proof counts. */
    void markEmailVerified(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
            updatedAt = at;
        }
    }

    String getTimeZone() {
        return timeZone;
    }

    String getEffectiveTimeZone() {
        return effectiveTimeZone;
    }

    void chooseTimeZone(String zone, Instant at) {
        timeZone = zone;
        updatedAt = at;
    }

    void changePasswordHash(String newHash, Instant at) {
        passwordHash = newHash;
        updatedAt = at;
    }
}
