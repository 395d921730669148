package org.stint.testsupport;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one way tests make their data: small fluent builders that insert rows with plain SQL, every
 * name, e-mail and slug unique per call so tests can run again and again on a shared database beside
 * the demo data. Start from {@code new Fixtures(jdbc)}: {@link #student()}, {@link #company()},
 * {@link #employer()}, {@link #posting(TestCompany)}, {@link #application(long, long)}, {@link #hire(long,
 * long)}; the short forms below them build the common cases in one call.
 */
public final class Fixtures {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L * 1000);

    /** A password hash nobody signs in with; MockMvc tests load the user directly. */
    public static final String NO_PASSWORD = "{noop}not-used-in-tests";

    /** A university with its career-office staff member. */
    public record TestUniversity(long id, String name, String domain, String staffEmail, long staffId) {}

    /** A company seen through one member (the owner unless made otherwise); memberId 0 without one. */
    public record TestCompany(long id, String name, String slug, String memberEmail, long memberId) {}

    /** A user account: a student or an employer. */
    public record Person(long userId, String email, String name) {}

    final JdbcClient jdbc;

    public Fixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    /** A student of Northbridge State University (a demo university) unless {@code at} says otherwise. */
    public StudentFixture student() {
        return new StudentFixture(this);
    }

    /** A company with an owner who is a member of it. */
    public CompanyFixture company() {
        return new CompanyFixture(this);
    }

    /** An employer account, in no company unless {@code of} says which. */
    public EmployerFixture employer() {
        return new EmployerFixture(this);
    }

    /** A site administrator. */
    public Person admin() {
        String email = unique("admin") + "@stint.example";
        long id = user(email, "Admin", "ADMIN", NO_PASSWORD);
        return new Person(id, email, "Admin");
    }

    /** An open posting of the company, published now; see {@link PostingFixture} for its defaults. */
    public PostingFixture posting(TestCompany company) {
        return posting(company.id());
    }

    public PostingFixture posting(long companyId) {
        return new PostingFixture(jdbc, companyId);
    }

    /** A submitted application; {@link ApplicationFixture#inState} gives it a plausible timeline. */
    public ApplicationFixture application(long posting, long student) {
        return new ApplicationFixture(jdbc, posting, student);
    }

    /** A student hired five days after applying, one day ago. */
    public ApplicationFixture hire(long posting, long student) {
        return application(posting, student).inState("HIRED");
    }

    /** The two sides of a hire: a student at a fresh university, and a company with its owner. */
    public record Parties(TestUniversity university, TestCompany company, long student, String studentEmail) {}

    public Parties parties(String companyName, String studentName) {
        TestUniversity university = university(false);
        TestCompany company = company(companyName);
        Person student = student().at(university).named(studentName).noProfile().create();
        return new Parties(university, company, student.userId(), student.email());
    }

    public TestUniversity university(boolean partnerOnly) {
        return university(partnerOnly, NO_PASSWORD);
    }

    public TestUniversity university(boolean partnerOnly, String passwordHash) {
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
        return new TestUniversity(id, name, domain, staffEmail, staff);
    }

    /** A student with no profile filled in. */
    public long student(TestUniversity university, String name) {
        return student(university, name, NO_PASSWORD);
    }

    public long student(TestUniversity university, String name, String passwordHash) {
        return student()
                .at(university)
                .named(name)
                .password(passwordHash)
                .noProfile()
                .create()
                .userId();
    }

    /** A company named {@code name} plus a unique suffix, with its owner. */
    public TestCompany company(String name) {
        return company(name, NO_PASSWORD);
    }

    public TestCompany company(String name, String passwordHash) {
        return company().named(unique(name + " ")).password(passwordHash).create();
    }

    /** An open fixed-fee posting: 100,000 minor units, 20 hours a week for 4 weeks, 3 openings. */
    public long posting(TestCompany company, String title, String category, String currency) {
        return posting(company)
                .title(title)
                .category(category)
                .skills(null)
                .fixed(100_000, currency)
                .openings(3)
                .create();
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
        return application(posting, student)
                .status(status)
                .submitted(submitted)
                .hired(hired)
                .completed(completed)
                .hours(hours)
                .studentRating(rating)
                .create();
    }

    public void partnership(TestUniversity university, TestCompany company, String status) {
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

    /** Users made here have verified e-mail addresses; this takes the proof away again. */
    public void unverified(long userId) {
        jdbc.sql("update users set email_verified_at = null where id = :id")
                .param("id", userId)
                .update();
    }

    /** A CV on the student's profile, named cv.pdf. */
    public void cv(long student, byte[] pdf) {
        jdbc.sql("insert into student_cvs (student_id, file_name, size_bytes, content) values (:s, 'cv.pdf', :n, :c)")
                .param("s", student)
                .param("n", pdf.length)
                .param("c", pdf)
                .update();
    }

    public void portfolioPublic(long student, boolean visible) {
        jdbc.sql("update students set portfolio_public = :visible where user_id = :id")
                .param("visible", visible)
                .param("id", student)
                .update();
    }

    public String email(long userId) {
        return jdbc.sql("select email from users where id = :id")
                .param("id", userId)
                .query(String.class)
                .single();
    }

    /** The titles of the user's in-app notices, oldest first. */
    public java.util.List<String> noticeTitles(long userId) {
        return jdbc.sql("select title from notifications where user_id = :u order by id")
                .param("u", userId)
                .query(String.class)
                .list();
    }

    public String statusOf(long application) {
        return jdbc.sql("select status from applications where id = :id")
                .param("id", application)
                .query(String.class)
                .single();
    }

    public String verificationCodeOf(long application) {
        return jdbc.sql("select verification_code from applications where id = :id")
                .param("id", application)
                .query(String.class)
                .single();
    }

    public UUID publicIdOf(long student) {
        return jdbc.sql("select public_id from students where user_id = :id")
                .param("id", student)
                .query(UUID.class)
                .single();
    }

    long user(String email, String name, String role, String passwordHash) {
        return jdbc.sql("""
                        insert into users (email, password_hash, display_name, role, email_verified_at)
                        values (lower(:e), :h, :n, :r, now()) returning id
                        """)
                .param("e", email)
                .param("h", passwordHash)
                .param("n", name)
                .param("r", role)
                .query(Long.class)
                .single();
    }
}
