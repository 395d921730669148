package org.stint.posting.search;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data builder: a posting row with sensible defaults, inserted with plain SQL. */
final class PostingRows {

    private long companyId;
    private String title = "Help us test things";
    private String description = "A short assignment with a clear goal and friendly people.";
    private String category = "SOFTWARE";
    private String skills = "Java,SQL";
    private int hours = 20;
    private int weeks = 4;
    private String mode = "REMOTE";
    private String city;
    private String country = "US";
    private long payMinor = 100_000;
    private String currency = "USD";
    private String payType = "FIXED";
    private int openings = 1;
    private LocalDate deadline = LocalDate.now().plusDays(30);
    private String status = "OPEN";
    private Instant publishedAt = Instant.now();

    static PostingRows posting(long companyId) {
        PostingRows rows = new PostingRows();
        rows.companyId = companyId;
        return rows;
    }

    static long company(JdbcClient jdbc, String name) {
        return jdbc.sql("insert into companies (name, slug, country) values (:name, :slug, 'US') returning id")
                .param("name", name)
                .param("slug", name.toLowerCase().replaceAll("[^a-z0-9]+", "-") + "-" + System.nanoTime())
                .query(Long.class)
                .single();
    }

    PostingRows title(String value) {
        title = value;
        return this;
    }

    PostingRows description(String value) {
        description = value;
        return this;
    }

    PostingRows category(String value) {
        category = value;
        return this;
    }

    PostingRows skills(String value) {
        skills = value;
        return this;
    }

    PostingRows hours(int value) {
        hours = value;
        return this;
    }

    PostingRows weeks(int value) {
        weeks = value;
        return this;
    }

    PostingRows onsite(String inCity, String inCountry) {
        mode = "ONSITE";
        city = inCity;
        country = inCountry;
        return this;
    }

    PostingRows hybrid(String inCity, String inCountry) {
        mode = "HYBRID";
        city = inCity;
        country = inCountry;
        return this;
    }

    PostingRows country(String value) {
        country = value;
        return this;
    }

    PostingRows fixed(long minor, String inCurrency) {
        payType = "FIXED";
        payMinor = minor;
        currency = inCurrency;
        return this;
    }

    PostingRows hourly(long minor, String inCurrency) {
        payType = "HOURLY";
        payMinor = minor;
        currency = inCurrency;
        return this;
    }

    PostingRows deadline(LocalDate value) {
        deadline = value;
        return this;
    }

    PostingRows draft() {
        status = "DRAFT";
        publishedAt = null;
        return this;
    }

    PostingRows closed() {
        status = "CLOSED";
        return this;
    }

    PostingRows publishedAt(Instant value) {
        publishedAt = value;
        return this;
    }

    long insert(JdbcClient jdbc) {
        return jdbc.sql("""
                        insert into postings (company_id, title, description, category, skills, hours_per_week,
                            duration_weeks, work_mode, city, country, pay_amount_minor, pay_currency, pay_type,
                            openings, application_deadline, status, published_at)
                        values (:company, :title, :description, :category, string_to_array(:skills, ','), :hours,
                            :weeks, :mode, :city, :country, :pay, :currency, :payType, :openings, :deadline,
                            :status, :published)
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
                .param("pay", payMinor)
                .param("currency", currency)
                .param("payType", payType)
                .param("openings", openings)
                .param("deadline", deadline)
                .param("status", status)
                .param("published", publishedAt == null ? null : Timestamp.from(publishedAt))
                .query(Long.class)
                .single();
    }
}
