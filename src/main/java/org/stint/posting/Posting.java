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
import org.stint.posting.employer.PostingForm;
import org.stint.posting.search.PostingDetails;
import org.stint.shared.Money;

@Entity
@Table(name = "postings")
public class Posting {

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

    @Enumerated(EnumType.STRING)
    private ClosedReason closedReason;

    private Instant closedAt;

    /** Set when an administrator hid the posting after a flag; it never reopens. */
    private Instant hiddenAt;

    private String hiddenReason;

    private Instant createdAt;

    private Instant updatedAt;

    protected Posting() {}

    public enum ClosedReason {
        MANUAL,
        FILLED,
        EXPIRED
    }

    public static Posting draft(long companyId, PostingForm form) {
        Posting posting = new Posting();
        posting.companyId = companyId;
        posting.createdAt = Instant.now();
        posting.apply(form);
        return posting;
    }

    /** Copies the form's values; the openings may not drop below the people already hired. */
    public void apply(PostingForm form) {
        this.title = form.title().strip();
        this.description = form.description().strip();
        this.category = form.category();
        this.skills = form.skillList().toArray(String[]::new);
        this.hoursPerWeek = form.hoursPerWeek().shortValue();
        this.durationWeeks = form.durationWeeks().shortValue();
        this.workMode = form.workMode();
        this.city = form.workMode() == WorkMode.REMOTE
                        || form.city() == null
                        || form.city().isBlank()
                ? null
                : form.city().strip();
        this.country = form.country();
        Money pay = Money.ofMajor(form.payAmount(), form.payCurrency());
        this.payAmountMinor = pay.minorUnits();
        this.payCurrency = form.payCurrency();
        this.payType = form.payType();
        this.openings = form.openings().shortValue();
        this.applicationDeadline = form.applicationDeadline();
        this.updatedAt = Instant.now();
    }

    public PostingForm toForm() {
        return new PostingForm(
                title,
                description,
                category,
                String.join(", ", skills),
                (int) hoursPerWeek,
                (int) durationWeeks,
                workMode,
                city,
                country,
                pay().amount().amount(),
                payCurrency,
                payType,
                (int) openings,
                applicationDeadline);
    }

    public void publish(LocalDate today) {
        if (status != PostingStatus.DRAFT) {
            throw new PostingLifecycleException("posting.lifecycle.notDraft");
        }
        if (!applicationDeadline.isAfter(today)) {
            throw new PostingLifecycleException("posting.lifecycle.deadlinePassed");
        }
        status = PostingStatus.OPEN;
        publishedAt = Instant.now();
        updatedAt = publishedAt;
    }

    public void close(ClosedReason reason) {
        if (status != PostingStatus.OPEN) {
            throw new PostingLifecycleException("posting.lifecycle.notOpen");
        }
        status = PostingStatus.CLOSED;
        closedReason = reason;
        closedAt = Instant.now();
        updatedAt = closedAt;
    }

    /**
     * An administrator hides the posting, with the reason its company is told: it closes if it is
     * open (a draft is marked published so that the reason has a posting to belong to), leaves every
     * list and page, and never reopens.
     */
    public void hide(String reason, Instant now) {
        if (status != PostingStatus.CLOSED) {
            status = PostingStatus.CLOSED;
            closedReason = ClosedReason.MANUAL;
            closedAt = now;
        }
        if (publishedAt == null) {
            publishedAt = now;
        }
        hiddenAt = now;
        hiddenReason = reason;
        updatedAt = now;
    }

    public void reopen(LocalDate today, long hired) {
        if (status != PostingStatus.CLOSED) {
            throw new PostingLifecycleException("posting.lifecycle.notClosed");
        }
        if (hiddenAt != null) {
            throw new PostingLifecycleException("posting.lifecycle.hidden");
        }
        if (!applicationDeadline.isAfter(today)) {
            throw new PostingLifecycleException("posting.lifecycle.deadlinePassed");
        }
        if (hired >= openings) {
            throw new PostingLifecycleException("posting.lifecycle.filled");
        }
        status = PostingStatus.OPEN;
        closedReason = null;
        closedAt = null;
        updatedAt = Instant.now();
    }

    int getOpenings() {
        return openings;
    }

    public String getTitle() {
        return title;
    }

    PostingForHiring toHiring(LocalDate today) {
        return new PostingForHiring(id, companyId, title, status, acceptsApplications(today), openings, pay());
    }

    public Long getId() {
        return id;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public PostingStatus getStatus() {
        return status;
    }

    /** Open for applications: published, not closed, deadline not passed. */
    public boolean acceptsApplications(LocalDate today) {
        return status == PostingStatus.OPEN && !applicationDeadline.isBefore(today);
    }

    public Pay pay() {
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
