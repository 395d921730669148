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

    void changePasswordHash(String newHash, Instant at) {
        passwordHash = newHash;
        updatedAt = at;
    }
}
