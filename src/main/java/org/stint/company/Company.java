package org.stint.company;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "companies")
class Company {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String slug;

    private String website;

    private String industry;

    private String country;

    private String about;

    private Instant createdAt;

    private Instant updatedAt;

    protected Company() {}

    Company(String name, String slug, String website, String industry, String country) {
        this.name = name;
        this.slug = slug;
        this.website = website;
        this.industry = industry;
        this.country = country;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void updateProfile(String name, String website, String industry, String country, String about) {
        this.name = name;
        this.website = website;
        this.industry = industry;
        this.country = country;
        this.about = about;
        this.updatedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    CompanySummary toSummary() {
        return new CompanySummary(id, name, slug, website, industry, country, about);
    }
}
