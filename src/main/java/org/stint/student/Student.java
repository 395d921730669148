package org.stint.student;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "students")
class Student {

    @Id
    private Long userId;

    private Long universityId;

    private String programme;

    private Short graduationYear;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] skills = new String[0];

    private String bio;

    private String links;

    private boolean portfolioPublic;

    /** At most this many hours a week across running engagements; null for no cap of their own. */
    private Short weeklyHourCap;

    /** The id in the public portfolio's address; never the user id, so portfolios cannot be enumerated. */
    @Column(updatable = false)
    private UUID publicId;

    private Instant createdAt;

    private Instant updatedAt;

    protected Student() {}

    Student(long userId, long universityId, String programme, Short graduationYear) {
        this.userId = userId;
        this.universityId = universityId;
        this.programme = programme;
        this.graduationYear = graduationYear;
        this.publicId = UUID.randomUUID();
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void updateProfile(
            String programme,
            Short graduationYear,
            List<String> skills,
            String bio,
            String links,
            boolean portfolioPublic,
            Short weeklyHourCap) {
        this.programme = programme;
        this.graduationYear = graduationYear;
        this.skills = skills.toArray(String[]::new);
        this.bio = bio;
        this.links = links;
        this.portfolioPublic = portfolioPublic;
        this.weeklyHourCap = weeklyHourCap;
        this.updatedAt = Instant.now();
    }

    Long getUniversityId() {
        return universityId;
    }

    String getProgramme() {
        return programme;
    }

    Short getGraduationYear() {
        return graduationYear;
    }

    List<String> getSkills() {
        return skills == null ? List.of() : List.of(skills);
    }

    String getBio() {
        return bio;
    }

    String getLinks() {
        return links;
    }

    boolean isPortfolioPublic() {
        return portfolioPublic;
    }

    Short getWeeklyHourCap() {
        return weeklyHourCap;
    }

    UUID getPublicId() {
        return publicId;
    }
}
