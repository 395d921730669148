package org.stint.system.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.system.access.AccessMatrix.Who;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Fixtures.TestUniversity;

/**
 * Everything the requests point at, inserted fresh with {@link Fixtures}: two universities with
 * a staff member each, two companies with a member each, a student at each university, an
 * administrator, and the objects of the A principals, by the names the rows' requests use.
 */
record World(
        TestUniversity uni1,
        TestUniversity uni2,
        TestCompany co1,
        TestCompany co2,
        long studentA,
        long studentB,
        String adminEmail,
        Map<String, Object> objects) {

    String email(Fixtures fixtures, Who who) {
        return switch (who) {
            case ANONYMOUS -> null;
            case STUDENT_A -> fixtures.email(studentA);
            case STUDENT_B -> fixtures.email(studentB);
            case EMPLOYER_A -> co1.memberEmail();
            case EMPLOYER_B -> co2.memberEmail();
            case STAFF_A -> uni1.staffEmail();
            case STAFF_B -> uni2.staffEmail();
            case ADMIN -> adminEmail;
        };
    }

    /** A new world, sharing nothing with any other. */
    static World create(JdbcClient jdbc) {
        Fixtures fixtures = new Fixtures(jdbc);
        TestUniversity uni1 = fixtures.university(false);
        TestUniversity uni2 = fixtures.university(false);
        TestCompany co1 = fixtures.company("Matrix One");
        TestCompany co2 = fixtures.company("Matrix Two");
        long studentA = fixtures.student(uni1, "Student A");
        long studentB = fixtures.student(uni2, "Student B");
        String adminEmail = Fixtures.unique("admin") + "@stint.example";
        jdbc.sql("insert into users (email, password_hash, display_name, role) values (:e, :h, 'Admin', 'ADMIN')")
                .param("e", adminEmail)
                .param("h", Fixtures.NO_PASSWORD)
                .update();
        Instant now = Instant.now();

        // company 1's postings: open, draft, closed, and two that student A worked on
        long posting = fixtures.posting(co1, "Clean a customer list", "DATA", "USD");
        long draft = fixtures.posting(co1, "Draft survey", "RESEARCH", "USD");
        jdbc.sql("update postings set status = 'DRAFT', published_at = null where id = :id")
                .param("id", draft)
                .update();
        long closed = fixtures.posting(co1, "Closed survey", "RESEARCH", "USD");
        jdbc.sql("update postings set status = 'CLOSED', closed_at = now(), closed_reason = 'MANUAL' where id = :id")
                .param("id", closed)
                .update();
        long hiredPosting = fixtures.posting(co1, "Label photos", "OPERATIONS", "USD");
        long donePosting = fixtures.posting(co1, "Tidy a spreadsheet", "DATA", "USD");

        // student A's applications to company 1: submitted, hired, completed
        long application = fixtures.application(
                posting, studentA, "SUBMITTED", now.minus(2, ChronoUnit.DAYS), null, null, null, null);
        long hired = fixtures.application(hiredPosting, studentA)
                .status("HIRED")
                .submitted(now.minus(10, ChronoUnit.DAYS))
                .hired(now.minus(5, ChronoUnit.DAYS))
                .create();
        // applied 20 days ago, hired 15 days ago, finished yesterday
        long completed = fixtures.application(donePosting, studentA)
                .inState("COMPLETED")
                .hours(12.0)
                .create();
        // a second completed engagement of student A, paid less than owed and disputed
        long disputedPosting = fixtures.posting(co1, "Check survey answers", "RESEARCH", "USD");
        long disputed = fixtures.application(disputedPosting, studentA)
                .inState("COMPLETED")
                .submitted(now.minus(30, ChronoUnit.DAYS))
                .hired(now.minus(25, ChronoUnit.DAYS))
                .completed(now.minus(3, ChronoUnit.DAYS))
                .hours(10.0)
                .create();
        fixtures.payment(disputed, 50_000, "USD", LocalDate.now().minusDays(2), co1.memberId());
        long dispute = jdbc.sql("""
                        insert into payment_disputes (application_id, reason, raised_by)
                        values (:a, 'Half the fee is missing.', :s) returning id
                        """)
                .param("a", disputed)
                .param("s", studentA)
                .query(Long.class)
                .single();
        String verification = jdbc.sql("select verification_code from applications where id = :id")
                .param("id", completed)
                .query(String.class)
                .single();

        // the hired engagement: a deliverable file, a milestone, a submitted and an approved week
        long deliverable = jdbc.sql("""
                        insert into engagement_deliverables
                            (application_id, title, file_name, content_type, size_bytes, content, submitted_by)
                        values (:a, 'Draft', 'draft.pdf', 'application/pdf', 9, :content, :s) returning id
                        """)
                .param("a", hired)
                .param("content", "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .param("s", studentA)
                .query(Long.class)
                .single();
        long milestone = jdbc.sql("""
                        insert into engagement_milestones (application_id, title, due_on, created_by)
                        values (:a, 'Draft', current_date + 7, :m) returning id
                        """)
                .param("a", hired)
                .param("m", co1.memberId())
                .query(Long.class)
                .single();
        LocalDate monday =
                LocalDate.now().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        long submittedWeek = timesheet(jdbc, hired, monday.minusWeeks(1), "SUBMITTED", studentA);
        long approvedWeek = timesheet(jdbc, hired, monday.minusWeeks(2), "APPROVED", studentA);

        // both students have a CV; student A's portfolio is public
        byte[] cv = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        fixtures.cv(studentA, cv);
        fixtures.cv(studentB, cv);
        UUID portfolio = jdbc.sql("update students set portfolio_public = true where user_id = :s returning public_id")
                .param("s", studentA)
                .query(UUID.class)
                .single();

        // university 1's partnerships with company 1 (requested) and company 2 (approved)
        fixtures.partnership(uni1, co1, "REQUESTED");
        fixtures.partnership(uni1, co2, "APPROVED");
        long partnership = partnershipId(jdbc, uni1, co1);
        long approved = partnershipId(jdbc, uni1, co2);

        // student A's saved search, university 1's recommendation and invitation, a report by student A
        String unsubscribe = UUID.randomUUID().toString().replace("-", "");
        long savedSearch = jdbc.sql("""
                        insert into saved_searches (student_id, name, query, frequency, unsubscribe_token)
                        values (:s, 'Data', 'q=data', 'DAILY', :token) returning id
                        """)
                .param("s", studentA)
                .param("token", unsubscribe)
                .query(Long.class)
                .single();
        long recommendation = jdbc.sql("""
                        insert into recommendations (university_id, posting_id, note, recommended_by)
                        values (:u, :p, 'Worth it', :staff) returning id
                        """)
                .param("u", uni1.id())
                .param("p", posting)
                .param("staff", uni1.staffId())
                .query(Long.class)
                .single();
        String invitation = UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("""
                        insert into staff_invitations (university_id, email, token, invited_by)
                        values (:u, :email, :token, :staff)
                        """)
                .param("u", uni1.id())
                .param("email", Fixtures.unique("colleague") + "@" + uni1.domain())
                .param("token", invitation)
                .param("staff", uni1.staffId())
                .update();
        long report = jdbc.sql("""
                        insert into posting_reports (posting_id, reporter_user_id, reason, created_at)
                        values (:p, :s, 'It asks for a deposit.', :at) returning id
                        """)
                .param("p", posting)
                .param("s", studentA)
                .param("at", Timestamp.from(now))
                .query(Long.class)
                .single();
        long notice = jdbc.sql("""
                        insert into notifications (user_id, kind, title, body, link)
                        values (:s, 'positionFilled', 'Filled', 'The position was filled.', '/applications')
                        returning id
                        """).param("s", studentA).query(Long.class).single();
        String companySlug = jdbc.sql("select slug from companies where id = :id")
                .param("id", co1.id())
                .query(String.class)
                .single();

        Map<String, Object> objects = new LinkedHashMap<>();
        objects.put("posting", posting);
        objects.put("draft", draft);
        objects.put("closed", closed);
        objects.put("application", application);
        objects.put("hired", hired);
        objects.put("completed", completed);
        objects.put("verification", verification);
        objects.put("portfolio", portfolio);
        objects.put("partnership", partnership);
        objects.put("approved", approved);
        objects.put("savedSearch", savedSearch);
        objects.put("unsubscribe", unsubscribe);
        objects.put("recommendation", recommendation);
        objects.put("invitation", invitation);
        objects.put("report", report);
        objects.put("companySlug", companySlug);
        objects.put("notice", notice);
        objects.put("studentA", studentA);
        objects.put("deliverable", deliverable);
        objects.put("milestone", milestone);
        objects.put("submittedWeek", submittedWeek);
        objects.put("approvedWeek", approvedWeek);
        objects.put("dispute", dispute);
        return new World(uni1, uni2, co1, co2, studentA, studentB, adminEmail, objects);
    }

    private static long timesheet(JdbcClient jdbc, long application, LocalDate week, String status, long student) {
        return jdbc.sql("""
                        insert into engagement_timesheets (application_id, week_start, hours, status, submitted_by)
                        values (:a, :week, 8, :status, :s) returning id
                        """)
                .param("a", application)
                .param("week", week)
                .param("status", status)
                .param("s", student)
                .query(Long.class)
                .single();
    }

    private static long partnershipId(JdbcClient jdbc, TestUniversity university, TestCompany company) {
        return jdbc.sql("select id from partnerships where university_id = :u and company_id = :c")
                .param("u", university.id())
                .param("c", company.id())
                .query(Long.class)
                .single();
    }
}
