package org.stint.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data inserted with plain SQL, every name and e-mail unique per call so tests can run again
 * and again on a shared database beside the demo data.
 */
public final class Fixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

    /** An unused bcrypt hash (of "demo-password" is not needed for MockMvc users). */
    public static final String NO_PASSWORD = "{noop}not-used-in-tests";

    private final JdbcClient jdbc;

    public Fixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    public record Uni(long id, String name, String domain, String staffEmail, long staffId) {}

    public record Co(long id, String name, String memberEmail, long memberId) {}

    public Uni university(boolean partnerOnly) {
        return university(partnerOnly, NO_PASSWORD);
    }

    public Uni university(boolean partnerOnly, String passwordHash) {
        String key = unique("u");
        String name = "Test University " + key;
        String domain = key + ".test.edu";
        long id = jdbc.sql(
                        "insert into universities (name, country, partner_only) values (:name, 'US', :po) returning id")
                .param("name", name)
                .param("po", partnerOnly)
                .query(Long.class)
                .single();
        jdbc.sql("insert into university_domains (domain, university_id) values (:d, :id)")
                .param("d", domain)
                .param("id", id)
                .update();
        String staffEmail = "careers@" + domain;
        long staff = user(staffEmail, "Staff " + key, "UNIVERSITY_STAFF", passwordHash);
        jdbc.sql("insert into university_staff (user_id, university_id) values (:u, :id)")
                .param("u", staff)
                .param("id", id)
                .update();
        return new Uni(id, name, domain, staffEmail, staff);
    }

    public long student(Uni university, String name) {
        return student(university, name, NO_PASSWORD);
    }

    public long student(Uni university, String name, String passwordHash) {
        String email = unique("s") + "@" + university.domain();
        long id = user(email, name, "STUDENT", passwordHash);
        jdbc.sql("insert into students (user_id, university_id) values (:u, :uni)")
                .param("u", id)
                .param("uni", university.id())
                .update();
        return id;
    }

    /** Users made here have verified e-mail addresses; this takes the proof away again. */
    public void unverified(long userId) {
        jdbc.sql("update users set email_verified_at = null where id = :id")
                .param("id", userId)
                .update();
    }

    public String email(long userId) {
        return jdbc.sql("select email from users where id = :id")
                .param("id", userId)
                .query(String.class)
                .single();
    }

    public Co company(String name) {
        return company(name, NO_PASSWORD);
    }

    public Co company(String name, String passwordHash) {
        String key = unique("c");
        String fullName = name + " " + key;
        long id = jdbc.sql("""
                        insert into companies (name, slug, website, country) values (:name, :slug, :site, 'US') returning id
                        """)
                .param("name", fullName)
                .param("slug", "co-" + key)
                .param("site", "https://" + key + ".example.com")
                .query(Long.class)
                .single();
        String email = "owner@" + key + ".example.com";
        long member = user(email, "Owner " + key, "EMPLOYER", passwordHash);
        jdbc.sql("insert into company_members (user_id, company_id) values (:u, :c)")
                .param("u", member)
                .param("c", id)
                .update();
        return new Co(id, fullName, email, member);
    }

    /** An open posting, published now, deadline in 30 days. */
    public long posting(Co company, String title, String category, String currency) {
        return jdbc.sql("""
                        insert into postings (company_id, title, description, category, hours_per_week, duration_weeks,
                            work_mode, country, pay_amount_minor, pay_currency, pay_type, openings,
                            application_deadline, status, published_at)
                        values (:company, :title, 'A short assignment with a clear goal and friendly people.',
                            :category, 20, 4, 'REMOTE', 'US', 100000, :currency, 'FIXED', 3, :deadline, 'OPEN', now())
                        returning id
                        """)
                .param("company", company.id())
                .param("title", title)
                .param("category", category)
                .param("currency", currency)
                .param("deadline", LocalDate.now().plusDays(30))
                .query(Long.class)
                .single();
    }

    public void partnership(Uni university, Co company, String status) {
        jdbc.sql("""
                        insert into partnerships (university_id, company_id, status, reason, requested_by, decided_by, decided_at)
                        values (:u, :c, :status, :reason, :member, :staff, :decided)
                        """)
                .param("u", university.id())
                .param("c", company.id())
                .param("status", status)
                .param("reason", status.equals("DECLINED") || status.equals("REVOKED") ? "Not for us" : null)
                .param("member", company.memberId())
                .param("staff", status.equals("REQUESTED") ? null : university.staffId())
                .param("decided", status.equals("REQUESTED") ? null : Timestamp.from(Instant.now()))
                .update();
    }

    /** An application with the given timeline; null times leave the step out. */
    public long application(
            long posting,
            long student,
            String status,
            Instant submitted,
            Instant hired,
            Instant completed,
            Double hours,
            Integer rating) {
        return jdbc.sql("""
                        insert into applications (posting_id, student_id, cover_note, status, submitted_at, updated_at,
                            hired_at, completed_at, hours_worked, student_rating, verification_code)
                        values (:posting, :student, 'Cover note', :status, :submitted, :submitted, :hired, :completed,
                            :hours, :rating, :code)
                        returning id
                        """)
                .param("posting", posting)
                .param("student", student)
                .param("status", status)
                .param("submitted", Timestamp.from(submitted))
                .param("hired", hired == null ? null : Timestamp.from(hired))
                .param("completed", completed == null ? null : Timestamp.from(completed))
                .param("hours", hours)
                .param("rating", rating)
                .param("code", completed == null ? null : unique("v"))
                .query(Long.class)
                .single();
    }

    public void payment(long application, long amountMinor, String currency, LocalDate paidOn, long recordedBy) {
        jdbc.sql("""
                        insert into payments (application_id, amount_minor, currency, paid_on, recorded_by)
                        values (:a, :amount, :currency, :paid, :by)
                        """)
                .param("a", application)
                .param("amount", amountMinor)
                .param("currency", currency)
                .param("paid", paidOn)
                .param("by", recordedBy)
                .update();
    }

    private long user(String email, String name, String role, String passwordHash) {
        return jdbc.sql("""
                        insert into users (email, password_hash, display_name, role, email_verified_at)
                        values (:e, :h, :n, :r, now()) returning id
                        """)
                .param("e", email)
                .param("h", passwordHash)
                .param("n", name)
                .param("r", role)
                .query(Long.class)
                .single();
    }
}
