package org.stint.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows a module test starts from, inserted with plain SQL whatever modules its context holds;
 * every name and address is unique, so tests can share the database with each other and with
 * the demo data.
 */
public final class ModuleRows {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final JdbcClient jdbc;

    public ModuleRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record University(long id, String name, String domain, long staffId) {}

    public record Company(long id, String name, long memberId) {}

    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    /** A university that shows every posting to its students, with one career-office member. */
    public University university() {
        String key = unique("mu");
        String name = "Module University " + key;
        String domain = key + ".test.edu";
        long id = jdbc.sql(
                        "insert into universities (name, country, partner_only) values (:n, 'US', false) returning id")
                .param("n", name)
                .query(Long.class)
                .single();
        jdbc.sql("insert into university_domains (domain, university_id) values (:d, :id)")
                .param("d", domain)
                .param("id", id)
                .update();
        long staff = user("careers@" + domain, "Staff " + key, "UNIVERSITY_STAFF");
        jdbc.sql("insert into university_staff (user_id, university_id) values (:u, :id)")
                .param("u", staff)
                .param("id", id)
                .update();
        return new University(id, name, domain, staff);
    }

    /** A company with one member; more members with {@link #member}. */
    public Company company() {
        String key = unique("mc");
        String name = "Module Co " + key;
        long id = jdbc.sql("""
                        insert into companies (name, slug, website, country)
                        values (:n, :slug, :site, 'US') returning id
                        """)
                .param("n", name)
                .param("slug", "co-" + key)
                .param("site", "https://" + key + ".example.com")
                .query(Long.class)
                .single();
        return new Company(id, name, member(id));
    }

    public long member(long companyId) {
        String key = unique("mm");
        long user = user("member-" + key + "@example.com", "Member " + key, "EMPLOYER");
        jdbc.sql("insert into company_members (user_id, company_id) values (:u, :c)")
                .param("u", user)
                .param("c", companyId)
                .update();
        return user;
    }

    public long student(University university, String name) {
        long id = user(unique("s") + "@" + university.domain(), name, "STUDENT");
        jdbc.sql("insert into students (user_id, university_id) values (:u, :uni)")
                .param("u", id)
                .param("uni", university.id())
                .update();
        return id;
    }

    /** An open remote posting, published now, taking applications for 30 days. */
    public long posting(Company company, String title) {
        return jdbc.sql("""
                        insert into postings (company_id, title, description, category, hours_per_week, duration_weeks,
                            work_mode, country, pay_amount_minor, pay_currency, pay_type, openings,
                            application_deadline, status, published_at)
                        values (:company, :title, 'A short assignment with a clear goal and friendly people.',
                            'DATA', 20, 4, 'REMOTE', 'US', 100000, 'USD', 'FIXED', 3, :deadline, 'OPEN', now())
                        returning id
                        """)
                .param("company", company.id())
                .param("title", title)
                .param("deadline", LocalDate.now().plusDays(30))
                .query(Long.class)
                .single();
    }

    /** The titles of the user's in-app notices, oldest first. */
    public List<String> noticeTitles(long userId) {
        return jdbc.sql("select title from notifications where user_id = :u order by id")
                .param("u", userId)
                .query(String.class)
                .list();
    }

    private long user(String email, String name, String role) {
        return jdbc.sql("""
                        insert into users (email, password_hash, display_name, role, email_verified_at)
                        values (:e, '{noop}not-used-in-tests', :n, :r, now()) returning id
                        """)
                .param("e", email)
                .param("n", name)
                .param("r", role)
                .query(Long.class)
                .single();
    }
}
