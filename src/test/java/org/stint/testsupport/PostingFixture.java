package org.stint.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A posting row. Defaults: open and published now, deadline in 30 days, SOFTWARE, skills Java and
 * SQL, remote from the US, 20 hours a week for 4 weeks, a fixed fee of USD 1,000, one opening.
 */
public final class PostingFixture {

    private final JdbcClient jdbc;
    private final long companyId;
    private String title = Fixtures.unique("Test posting ");
    private String description = "A short assignment with a clear goal and friendly people.";
    private String category = "SOFTWARE";
    private String skills = "Java,SQL";
    private int hours = 20;
    private int weeks = 4;
    private String mode = "REMOTE";
    private String city;
    private String country = "US";
    private Pay pay = new Pay("FIXED", 100_000, "USD");
    private int openings = 1;
    private LocalDate deadline = LocalDate.now().plusDays(30);
    private String status = "OPEN";
    private Instant publishedAt = Instant.now();

    /** The pay's type (FIXED or HOURLY), amount in minor units and currency. */
    private record Pay(String type, long minor, String currency) {}

    PostingFixture(JdbcClient jdbc, long companyId) {
        this.jdbc = jdbc;
        this.companyId = companyId;
    }

    public PostingFixture title(String value) {
        title = value;
        return this;
    }

    public PostingFixture description(String value) {
        description = value;
        return this;
    }

    public PostingFixture category(String value) {
        category = value;
        return this;
    }

    /** Comma-separated skills; null for none. */
    public PostingFixture skills(String value) {
        skills = value;
        return this;
    }

    public PostingFixture hours(int perWeek) {
        hours = perWeek;
        return this;
    }

    public PostingFixture weeks(int value) {
        weeks = value;
        return this;
    }

    public PostingFixture onsite(String inCity, String inCountry) {
        return place("ONSITE", inCity, inCountry);
    }

    public PostingFixture hybrid(String inCity, String inCountry) {
        return place("HYBRID", inCity, inCountry);
    }

    private PostingFixture place(String workMode, String inCity, String inCountry) {
        mode = workMode;
        city = inCity;
        country = inCountry;
        return this;
    }

    public PostingFixture country(String value) {
        country = value;
        return this;
    }

    public PostingFixture fixed(long minor, String currency) {
        pay = new Pay("FIXED", minor, currency);
        return this;
    }

    /** {@code minor} units of the currency an hour. */
    public PostingFixture hourly(long minor, String currency) {
        pay = new Pay("HOURLY", minor, currency);
        return this;
    }

    public PostingFixture openings(int value) {
        openings = value;
        return this;
    }

    public PostingFixture deadline(LocalDate value) {
        deadline = value;
        return this;
    }

    /** Never published. */
    public PostingFixture draft() {
        return status("DRAFT");
    }

    public PostingFixture closed() {
        return status("CLOSED");
    }

    /** OPEN, CLOSED or DRAFT; a draft is never published. */
    public PostingFixture status(String value) {
        status = value;
        if (value.equals("DRAFT")) {
            publishedAt = null;
        }
        return this;
    }

    public PostingFixture publishedAt(Instant value) {
        publishedAt = value;
        return this;
    }

    public long create() {
        return jdbc.sql("""
                        insert into postings (company_id, title, description, category, skills, hours_per_week,
                            duration_weeks, work_mode, city, country, pay_amount_minor, pay_currency, pay_type,
                            openings, application_deadline, status, published_at)
                        values (:company, :title, :description, :category,
                            coalesce(string_to_array(cast(:skills as text), ','), '{}'), :hours, :weeks, :mode, :city,
                            :country, :pay, :currency, :payType, :openings, :deadline, :status, :published)
                        returning id
                        """)
                .param("company", companyId)
                .param("title", title)
                .param("description", description)
                .param("category", category)
                .param("skills", skills)
                .param("hours", hours)
                .param("weeks", weeks)
                .param("mode", mode)
                .param("city", city)
                .param("country", country)
                .param("pay", pay.minor())
                .param("currency", pay.currency())
                .param("payType", pay.type())
                .param("openings", openings)
                .param("deadline", deadline)
                .param("status", status)
                .param("published", publishedAt == null ? null : Timestamp.from(publishedAt))
                .query(Long.class)
                .single();
    }
}
