package org.stint.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows for profile, portfolio and company-page tests, written straight to the database with unique
 * e-mails and slugs so that tests can run again on a shared server.
 */
public final class ProfileTestData {

    private final JdbcClient jdbc;

    public ProfileTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    public long user(String email, String name, String role) {
        return jdbc.sql("""
                        insert into users (email, password_hash, display_name, role, email_verified_at)
                        values (lower(:email), '{noop}not-used', :name, :role, now()) returning id
                        """)
                .param("email", email)
                .param("name", name)
                .param("role", role)
                .query(Long.class)
                .single();
    }

    /** A Northbridge student; returns the user id. */
    public long student(String name) {
        long id = user(unique("student") + "@northbridge.edu", name, "STUDENT");
        jdbc.sql("""
                        insert into students (user_id, university_id, programme, graduation_year, skills, bio)
                        select :id, d.university_id, 'BSc Testing', 2028, '{SQL,Figma}', 'A test student.'
                        from university_domains d where d.domain = 'northbridge.edu'
                        """).param("id", id).update();
        return id;
    }

    public String emailOf(long userId) {
        return jdbc.sql("select email from users where id = :id")
                .param("id", userId)
                .query(String.class)
                .single();
    }

    public long company(String name) {
        return jdbc.sql("""
                        insert into companies (name, slug, website, industry, country, about)
                        values (:name, :slug, 'https://example.com', 'Testing', 'GB', 'We test things.')
                        returning id
                        """)
                .param("name", name)
                .param("slug", unique("test-co"))
                .query(Long.class)
                .single();
    }

    public String slugOf(long companyId) {
        return jdbc.sql("select slug from companies where id = :id")
                .param("id", companyId)
                .query(String.class)
                .single();
    }

    /** An employer account, a member of the company unless it is null; returns the user id. */
    public long employer(String name, Long companyId) {
        long id = user(unique("employer") + "@example.com", name, "EMPLOYER");
        if (companyId != null) {
            jdbc.sql("insert into company_members (user_id, company_id) values (:user, :company)")
                    .param("user", id)
                    .param("company", companyId)
                    .update();
        }
        return id;
    }

    /** A published posting; OPEN with a deadline ahead, or CLOSED. */
    public long posting(long companyId, String title, String status) {
        LocalDate deadline = LocalDate.now().plusDays(status.equals("OPEN") ? 20 : -3);
        return jdbc.sql("""
                        insert into postings (company_id, title, description, category, skills, hours_per_week,
                            duration_weeks, work_mode, country, pay_amount_minor, pay_currency, pay_type, openings,
                            application_deadline, status, published_at)
                        values (:company, :title, 'A description long enough for the check constraint.', 'DATA',
                            '{SQL,Excel}', 10, 4, 'REMOTE', 'GB', 50000, 'GBP', 'FIXED', 3, :deadline, :status, now())
                        returning id
                        """)
                .param("company", companyId)
                .param("title", title)
                .param("deadline", deadline)
                .param("status", status)
                .query(Long.class)
                .single();
    }

    public long application(long postingId, long studentId, String status, Integer employerRating) {
        return jdbc.sql("""
                        insert into applications (posting_id, student_id, cover_note, status, employer_rating)
                        values (:posting, :student, 'Please consider me.', :status, :rating) returning id
                        """)
                .param("posting", postingId)
                .param("student", studentId)
                .param("status", status)
                .param("rating", employerRating)
                .query(Long.class)
                .single();
    }

    /** A completed engagement with the employer's rating and feedback; returns its verification code. */
    public String completed(long postingId, long studentId, int studentRating, String feedback, String hours) {
        String code = unique("verify").replace("-", "");
        Instant done = Instant.now().minus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        jdbc.sql("""
                        insert into applications (posting_id, student_id, cover_note, status, hired_at, completed_at,
                            hours_worked, student_rating, student_feedback, verification_code)
                        values (:posting, :student, 'Please consider me.', 'COMPLETED', :hired, :done,
                            cast(:hours as numeric), :rating, :feedback, :code)
                        """)
                .param("posting", postingId)
                .param("student", studentId)
                .param("hired", Timestamp.from(done.minus(30, ChronoUnit.DAYS)))
                .param("done", Timestamp.from(done))
                .param("hours", hours)
                .param("rating", studentRating)
                .param("feedback", feedback)
                .param("code", code)
                .update();
        return code;
    }

    public void portfolioPublic(long studentId, boolean visible) {
        jdbc.sql("update students set portfolio_public = :visible where user_id = :id")
                .param("visible", visible)
                .param("id", studentId)
                .update();
    }

    public UUID publicIdOf(long studentId) {
        return jdbc.sql("select public_id from students where user_id = :id")
                .param("id", studentId)
                .query(UUID.class)
                .single();
    }
}
