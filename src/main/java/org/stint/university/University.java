package org.stint.university;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

@Entity
@Table(name = "universities")
class University {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String country;

    private boolean partnerOnly;

    /** The default time zone of its students and staff (a ZoneId). */
    private String timeZone;

    private Instant createdAt;

    /** The weekly hour cap of its students who set none of their own, between the term dates. */
    private Short defaultWeeklyHourCap;

    private java.time.LocalDate termStartsOn;

    private java.time.LocalDate termEndsOn;

    @ElementCollection
    @CollectionTable(name = "university_domains", joinColumns = @JoinColumn(name = "university_id"))
    @Column(name = "domain")
    private Set<String> domains = new TreeSet<>();

    protected University() {}

    University(String name, String country, Set<String> domains) {
        this.name = name;
        this.country = country;
        this.domains = new TreeSet<>(domains);
        this.timeZone = defaultTimeZone(country);
        this.createdAt = Instant.now();
    }

    /** A first guess from the country; one zone per country, the most populous where there are several. */
    static String defaultTimeZone(String country) {
        return switch (country) {
            case "GB" -> "Europe/London";
            case "IE" -> "Europe/Dublin";
            case "IN" -> "Asia/Kolkata";
            case "US" -> "America/New_York";
            default -> "UTC";
        };
    }

    void setPartnerOnly(boolean partnerOnly) {
        this.partnerOnly = partnerOnly;
    }

    void setHourCap(Short defaultWeeklyHourCap, java.time.LocalDate termStartsOn, java.time.LocalDate termEndsOn) {
        this.defaultWeeklyHourCap = defaultWeeklyHourCap;
        this.termStartsOn = termStartsOn;
        this.termEndsOn = termEndsOn;
    }

    Short getDefaultWeeklyHourCap() {
        return defaultWeeklyHourCap;
    }

    java.time.LocalDate getTermStartsOn() {
        return termStartsOn;
    }

    java.time.LocalDate getTermEndsOn() {
        return termEndsOn;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getCountry() {
        return country;
    }

    boolean isPartnerOnly() {
        return partnerOnly;
    }

    Set<String> getDomains() {
        return domains;
    }

    UniversityRef toRef() {
        return new UniversityRef(id, name, country);
    }
}
