package org.stint.alert;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

@Entity
@Table(name = "saved_searches")
class SavedSearch {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long studentId;

    private String name;

    private String query;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    private String unsubscribeToken;

    private boolean active = true;

    private Instant createdAt;

    private Instant lastCheckedAt;

    protected SavedSearch() {}

    SavedSearch(long studentId, String name, String query, Frequency frequency) {
        this.studentId = studentId;
        this.name = name;
        this.query = query;
        this.frequency = frequency;
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        this.unsubscribeToken = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.createdAt = Instant.now();
    }

    /** Due when its period has passed since it was last checked (or created). */
    boolean isDue(Instant now) {
        Instant since = lastCheckedAt == null ? createdAt : lastCheckedAt;
        return active && !since.plus(frequency.period()).isAfter(now);
    }

    void checked(Instant now) {
        lastCheckedAt = now;
    }

    void change(Frequency newFrequency) {
        frequency = newFrequency;
        active = true;
    }

    void unsubscribe() {
        active = false;
    }

    public Long getId() {
        return id;
    }

    public long getStudentId() {
        return studentId;
    }

    public String getName() {
        return name;
    }

    public String getQuery() {
        return query;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public String getUnsubscribeToken() {
        return unsubscribeToken;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The browse page of this search. */
    public String getLink() {
        return "/postings?" + query;
    }
}
