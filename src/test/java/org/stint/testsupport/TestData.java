package org.stint.testsupport;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fresh people and postings for one test, inserted with plain SQL and unique e-mails, so tests
 * never depend on each other or on the demo data (and can rerun on a shared server).
 */
public final class TestData {

    public record Employer(long userId, String email, long companyId) {}

    public record Student(long userId, String email, String name) {}

    private final JdbcClient jdbc;

    public TestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private long user(String email, String name, String role) {
        return jdbc.sql("""
                        insert into users (email, password_hash, display_name, role, email_verified_at)
                        values (:email, '{noop}unused-password', :name, :role, now()) returning id
                        """)
                .param("email", email)
                .param("name", name)
                .param("role", role)
                .query(Long.class)
                .single();
    }

    public Employer employer() {
        String slug = unique("testco");
        long companyId = jdbc.sql(
                        "insert into companies (name, slug, country) values (:name, :slug, 'GB') returning id")
                .param("name", "Test Company " + slug)
                .param("slug", slug)
                .query(Long.class)
                .single();
        return colleague(companyId);
    }

    /** Another member of the same company. */
    public Employer colleague(long companyId) {
        String email = unique("boss") + "@testco.example";
        long userId = user(email, "Boss " + email.substring(5, 13), "EMPLOYER");
        jdbc.sql("insert into company_members (user_id, company_id) values (:user, :company)")
                .param("user", userId)
                .param("company", companyId)
                .update();
        return new Employer(userId, email, companyId);
    }

    /** A student of Northbridge State University (a demo university). */
    public Student student() {
        String email = unique("student") + "@northbridge.edu";
        String name = "Student " + email.substring(8, 16);
        long userId = user(email, name, "STUDENT");
        jdbc.sql("""
                        insert into students (user_id, university_id, programme, graduation_year, skills)
                        select :user, university_id, 'BSc Testing', 2027, '{SQL,Java}'
                        from university_domains where domain = 'northbridge.edu'
                        """).param("user", userId).update();
        return new Student(userId, email, name);
    }

    /** An open hourly posting: $20/h, 10 h/week for 4 weeks. */
    public long openPosting(long companyId, int openings) {
        return posting(companyId, openings, "OPEN", LocalDate.now().plusDays(20));
    }

    public long posting(long companyId, int openings, String status, LocalDate deadline) {
        return jdbc.sql("""
                        insert into postings (company_id, title, description, category, hours_per_week, duration_weeks,
                            work_mode, country, pay_amount_minor, pay_currency, pay_type, openings,
                            application_deadline, status, published_at)
                        values (:company, :title, 'A test assignment with a clear goal and a friendly team.', 'DATA',
                            10, 4, 'REMOTE', 'US', 2000, 'USD', 'HOURLY', :openings, :deadline, :status,
                            case when :status = 'DRAFT' then null else now() end)
                        returning id
                        """)
                .param("company", companyId)
                .param("title", unique("Test posting"))
                .param("openings", openings)
                .param("deadline", deadline)
                .param("status", status)
                .query(Long.class)
                .single();
    }

    public long application(long postingId, long studentId, String status) {
        return jdbc.sql("""
                        insert into applications (posting_id, student_id, cover_note, status)
                        values (:posting, :student, 'I would like to help.', :status) returning id
                        """)
                .param("posting", postingId)
                .param("student", studentId)
                .param("status", status)
                .query(Long.class)
                .single();
    }

    public String statusOf(long applicationId) {
        return jdbc.sql("select status from applications where id = :id")
                .param("id", applicationId)
                .query(String.class)
                .single();
    }
}
