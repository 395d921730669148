package org.stint.posting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.stint.shared.Money;

@Entity
@Table(name = "postings")
class Posting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long companyId;

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    private Category category;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    private String[] skills = new String[0];

    private short hoursPerWeek;

    private short durationWeeks;

    @Enumerated(EnumType.STRING)
    private WorkMode workMode;

    private String city;

    private String country;

    private long payAmountMinor;

    private String payCurrency;

    @Enumerated(EnumType.STRING)
    private PayType payType;

    private short openings;

    private LocalDate applicationDeadline;

    @Enumerated(EnumType.STRING)
    private PostingStatus status = PostingStatus.DRAFT;

    private Instant publishedAt;

    private Instant createdAt;

    private Instant updatedAt;

    protected Posting() {}

    Long getId() {
        return id;
    }

    Long getCompanyId() {
        return companyId;
    }

    PostingStatus getStatus() {
        return status;
    }

    /** Open for applications: published, not closed, deadline not passed. */
    boolean acceptsApplications(LocalDate today) {
        return status == PostingStatus.OPEN && !applicationDeadline.isBefore(today);
    }

    Pay pay() {
        return new Pay(Money.of(payAmountMinor, payCurrency), payType, hoursPerWeek, durationWeeks);
    }

    PostingDetails toDetails(LocalDate today) {
        return new PostingDetails(
                id,
                companyId,
                title,
                description,
                category,
                List.of(skills),
                hoursPerWeek,
                durationWeeks,
                workMode,
                city,
                country,
                pay(),
                openings,
                applicationDeadline,
                status,
                acceptsApplications(today),
                publishedAt);
    }
}
