package org.stint.system.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Demo students and their applications, payments, hour caps and a pay dispute. */
@Component
class HiringSeed {

    static final String[][] STUDENTS = {
        {DemoData.DEMO_STUDENT, "Maya Chen", "BSc Computer Science", "2027"},
        {"daniel.ortiz@northbridge.edu", "Daniel Ortiz", "BA Economics", "2026"},
        {"aisha.khan@northbridge.edu", "Aisha Khan", "BSc Data Science", "2028"},
        {"liam.foster@northbridge.edu", "Liam Foster", "BFA Graphic Design", "2027"},
        {"sofia.rossi@lakeshore.edu", "Sofia Rossi", "BEng Mechanical Engineering", "2026"},
        {"noah.kim@lakeshore.edu", "Noah Kim", "BSc Software Engineering", "2027"},
        {"emma.hughes@eastmoor.ac.uk", "Emma Hughes", "BA English Literature", "2026"},
        {"oliver.grant@eastmoor.ac.uk", "Oliver Grant", "BSc Accounting and Finance", "2027"},
        {"chloe.evans@eastmoor.ac.uk", "Chloe Evans", "BSc Psychology", "2028"},
        {"ananya.sharma@dit.ac.in", "Ananya Sharma", "BTech Computer Science", "2027"},
        {"rohan.gupta@dit.ac.in", "Rohan Gupta", "BTech Electrical Engineering", "2026"},
        {"meera.nair@dit.ac.in", "Meera Nair", "MBA Marketing", "2026"},
    };

    private final JdbcClient jdbc;

    private final DemoRows rows;

    HiringSeed(JdbcClient jdbc, DemoRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** The students, each with applications moved along the workflow; how many applications were made. */
    int seed(List<Long> universityIds, List<Long> openPostings, String hash, Instant now, Random random) {
        int applications = 0;
        String[] statuses = {"SUBMITTED", "SUBMITTED", "SHORTLISTED", "REJECTED", "HIRED", "WITHDRAWN", "COMPLETED"};
        for (int s = 0; s < STUDENTS.length; s++) {
            String[] seed = STUDENTS[s];
            String domain = seed[0].substring(seed[0].indexOf('@') + 1);
            long university = universityIds.get(UniversitySeed.indexOfDomain(domain));
            long student =
                    rows.user(seed[0], hash, seed[1], "STUDENT", now.minus(60 + random.nextInt(200), ChronoUnit.DAYS));
            jdbc.sql("""
                            insert into students (user_id, university_id, programme, graduation_year, skills, bio)
                            values (:user, :uni, :programme, :year, string_to_array(:skills, ','), :bio)
                            """)
                    .param("user", student)
                    .param("uni", university)
                    .param("programme", seed[2])
                    .param("year", Short.parseShort(seed[3]))
                    .param(
                            "skills",
                            PostingSeed.WORK.get(s % PostingSeed.WORK.size()).skills())
                    .param("bio", "Studying " + seed[2] + "; looking for short, paid projects alongside my course.")
                    .update();
            int count = s == 0 ? 4 : 2 + random.nextInt(3);
            for (int a = 0; a < count; a++) {
                long posting = openPostings.get((s * 5 + a * 11) % openPostings.size());
                String status = s == 0 ? statuses[a * 2 % statuses.length] : statuses[random.nextInt(statuses.length)];
                Instant submitted = submittedAt(status, now, random.nextInt(24 * 14));
                java.util.Optional<Long> inserted = jdbc.sql("""
                                insert into applications (posting_id, student_id, cover_note, status, submitted_at, updated_at)
                                values (:posting, :student, :note, 'SUBMITTED', :submitted, :submitted)
                                on conflict (posting_id, student_id) do nothing
                                returning id
                                """)
                        .param("posting", posting)
                        .param("student", student)
                        .param(
                                "note",
                                "I would love to work on this. My course in " + seed[2]
                                        + " has prepared me well, and I can give it the hours you ask for.")
                        .param("submitted", Timestamp.from(submitted))
                        .query(Long.class)
                        .optional();
                if (inserted.isPresent()) {
                    applications++;
                    // the posting was published before anyone applied to it
                    jdbc.sql("""
                                    update postings set published_at = least(published_at, :before),
                                        created_at = least(created_at, :before), updated_at = least(updated_at, :before)
                                    where id = :posting
                                    """)
                            .param("before", Timestamp.from(submitted.minus(1, ChronoUnit.DAYS)))
                            .param("posting", posting)
                            .update();
                    rows.history(inserted.get(), null, "SUBMITTED", student, submitted);
                    progress(inserted.get(), posting, status, submitted, random);
                }
            }
        }
        return applications;
    }

    /**
     * Northbridge's career office caps its students at 20 hours a week during the current term;
     * Maya Chen set the same cap herself. A Northbridge student (Maya when she has completed work)
     * was paid less than owed, with a note, and disputes it; the dispute is open for the career
     * office.
     */
    void hourCapsAndDispute(long northbridge, LocalDate today, Instant now) {
        jdbc.sql("""
                        update universities set default_weekly_hour_cap = 20, term_starts_on = :starts,
                            term_ends_on = :ends
                        where id = :id
                        """)
                .param("starts", today.minusDays(30))
                .param("ends", today.plusDays(60))
                .param("id", northbridge)
                .update();
        jdbc.sql("update students set weekly_hour_cap = 20 where user_id = (select id from users where email = :email)")
                .param("email", DemoData.DEMO_STUDENT)
                .update();
        jdbc.sql("""
                        select a.id, a.student_id, pay.amount_minor from applications a
                        join payments pay on pay.application_id = a.id
                        join students s on s.user_id = a.student_id
                        join users u on u.id = s.user_id
                        where s.university_id = :uni and a.status = 'COMPLETED'
                        order by (u.email = :email) desc, a.id
                        limit 1
                        """)
                .param("uni", northbridge)
                .param("email", DemoData.DEMO_STUDENT)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .optional()
                .ifPresent(row -> {
                    jdbc.sql("""
                                    update payments set amount_minor = :paid,
                                        note = 'Paid for the hours we planned; the extra hours were not agreed in advance.'
                                    where application_id = :id
                                    """)
                            .param("paid", row[2] * 4 / 5)
                            .param("id", row[0])
                            .update();
                    jdbc.sql("""
                                    insert into payment_disputes (application_id, reason, raised_by, raised_at)
                                    values (:id, :reason, :student, :at)
                                    """)
                            .param("id", row[0])
                            .param(
                                    "reason",
                                    "The extra hours were agreed by e-mail with my mentor in week two; "
                                            + "one fifth of the fee is still missing.")
                            .param("student", row[1])
                            .param("at", Timestamp.from(now.minus(1, ChronoUnit.DAYS)))
                            .update();
                });
    }

    /**
     * When a demo application was sent, far enough back that everything its status describes has
     * already happened: a decision comes up to 2 days after it, a hire a day after that, and
     * completed work 7 to 21 days after the hire, so no date lies in the future.
     */
    static Instant submittedAt(String status, Instant now, int hoursBack) {
        int daysBefore = switch (status) {
            case "SUBMITTED" -> 0;
            case "COMPLETED" -> 25;
            default -> 4;
        };
        return now.minus(daysBefore, ChronoUnit.DAYS).minus(1 + hoursBack, ChronoUnit.HOURS);
    }

    /** Moves a demo application along the workflow to {@code status}, as its employer would. */
    private void progress(long application, long posting, String status, Instant submitted, Random random) {
        if (status.equals("SUBMITTED")) {
            return;
        }
        Long employer =
                jdbc.sql("""
                        select m.user_id from company_members m join postings p on p.company_id = m.company_id
                        where p.id = :posting order by m.user_id limit 1
                        """).param("posting", posting).query(Long.class).single();
        Instant at = submitted.plus(1 + random.nextInt(48), ChronoUnit.HOURS);
        String from = "SUBMITTED";
        if (status.equals("WITHDRAWN")) {
            long student = jdbc.sql("select student_id from applications where id = :id")
                    .param("id", application)
                    .query(Long.class)
                    .single();
            move(application, from, status, student, at, null);
            return;
        }
        if (status.equals("REJECTED")) {
            move(application, from, status, employer, at, "Thank you; we chose a candidate with more experience.");
            return;
        }
        move(application, from, "SHORTLISTED", employer, at, null);
        if (status.equals("SHORTLISTED")) {
            return;
        }
        at = at.plus(1, ChronoUnit.DAYS);
        boolean openingLeft =
                jdbc.sql("""
                        select p.openings > (select count(*) from applications h
                                             where h.posting_id = p.id and h.status in ('HIRED', 'COMPLETED'))
                        from postings p where p.id = :posting
                        """).param("posting", posting).query(Boolean.class).single();
        if (!openingLeft) {
            return;
        }
        move(application, "SHORTLISTED", "HIRED", employer, at, null);
        jdbc.sql("update applications set hired_at = :at where id = :id")
                .param("at", Timestamp.from(at))
                .param("id", application)
                .update();
        if (status.equals("HIRED")) {
            return;
        }
        Instant done = at.plus(7 + random.nextInt(14), ChronoUnit.DAYS);
        int rating = 3 + random.nextInt(3);
        jdbc.sql("""
                        update applications a set status = 'COMPLETED', completed_at = :done,
                            hours_worked = p.hours_per_week * p.duration_weeks,
                            verification_code = :code, student_rating = :rating, student_feedback = :feedback,
                            employer_rating = :employerRating, employer_comment = :comment, employer_rated_at = :done
                        from postings p where p.id = a.posting_id and a.id = :id
                        """)
                .param("done", Timestamp.from(done))
                .param("code", "demo" + Long.toHexString(random.nextLong()) + Long.toHexString(application))
                .param("rating", rating)
                .param("feedback", "Reliable, curious and clear in writing. Delivered everything we agreed.")
                .param("employerRating", 4 + random.nextInt(2))
                .param("comment", "A well-organised project with a helpful mentor.")
                .param("id", application)
                .update();
        rows.history(application, "HIRED", "COMPLETED", employer, done);
        jdbc.sql("""
                        insert into payments (application_id, amount_minor, currency, paid_on, reference, recorded_by)
                        select a.id, p.pay_total_minor, p.pay_currency, (:done)::date, :reference, :employer
                        from applications a join postings p on p.id = a.posting_id where a.id = :id
                        """)
                .param("done", Timestamp.from(done))
                .param("reference", "INV-" + (1000 + application))
                .param("employer", employer)
                .param("id", application)
                .update();
    }

    private void move(long application, String from, String to, long actor, Instant at, String note) {
        jdbc.sql("update applications set status = :to, updated_at = :at where id = :id")
                .param("to", to)
                .param("at", Timestamp.from(at))
                .param("id", application)
                .update();
        rows.history(application, from, to, actor, at, note);
    }
}
