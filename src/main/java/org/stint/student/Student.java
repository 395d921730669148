package org.stint.student;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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

    private Instant createdAt;

    private Instant updatedAt;

    protected Student() {}

    Student(long userId, long universityId, String programme, Short graduationYear) {
        this.userId = userId;
        this.universityId = universityId;
        this.programme = programme;
        this.graduationYear = graduationYear;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    Long getUniversityId() {
        return universityId;
    }
}
