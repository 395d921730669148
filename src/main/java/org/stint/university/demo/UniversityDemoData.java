package org.stint.university.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stint.account.demo.AccountDemoData;

/**
 * Demo universities, their career offices, their partnerships with companies, and Northbridge's
 * term and hour cap. Partnerships carry a back-dated history, and the partnership services would
 * announce each request and decision, so this writes the university module's own tables directly;
 * staff accounts come from {@link AccountDemoData}.
 */
@Component
public class UniversityDemoData {

    public record University(
            String name, String country, String timeZone, String domain, String staffEmail, String staffName) {}

    public static final List<University> UNIVERSITIES = List.of(
            new University(
                    "Northbridge State University",
                    "US",
                    "America/New_York",
                    "northbridge.edu",
                    "careers@northbridge.edu",
                    "Dana Whitfield"),
            new University(
                    "Lakeshore Institute of Technology",
                    "US",
                    "America/Chicago",
                    "lakeshore.edu",
                    "careers@lakeshore.edu",
                    "Marcus Bell"),
            new University(
                    "University of Eastmoor",
                    "GB",
                    "Europe/London",
                    "eastmoor.ac.uk",
                    "careers@eastmoor.ac.uk",
                    "Fiona Clarke"),
            new University(
                    "Deccan Institute of Technology",
                    "IN",
                    "Asia/Kolkata",
                    "dit.ac.in",
                    "placements@dit.ac.in",
                    "Anand Rao"));

    /** A company as a partnership needs it: its id and the member who asked. */
    public record Company(long id, long member) {}

    private final JdbcClient jdbc;

    private final AccountDemoData accounts;

    UniversityDemoData(JdbcClient jdbc, AccountDemoData accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The universities, each with its e-mail domain and a career-office staff member; their ids in order. */
    public List<Long> seed(String hash, Instant now) {
        List<Long> universityIds = new ArrayList<>();
        for (University seed : UNIVERSITIES) {
            long id = jdbc.sql("insert into universities (name, country, time_zone) values (:name, :country, :zone)"
                            + " returning id")
                    .param("name", seed.name())
                    .param("country", seed.country())
                    .param("zone", seed.timeZone())
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into university_domains (domain, university_id) values (:domain, :id)")
                    .param("domain", seed.domain())
                    .param("id", id)
                    .update();
            long staff = accounts.user(
                    seed.staffEmail(), hash, seed.staffName(), "UNIVERSITY_STAFF", now.minus(300, ChronoUnit.DAYS));
            jdbc.sql("insert into university_staff (user_id, university_id, job_title) values (:user, :uni, :title)")
                    .param("user", staff)
                    .param("uni", id)
                    .param("title", "Careers adviser")
                    .update();
            universityIds.add(id);
        }
        return universityIds;
    }

    /** The position in {@link #UNIVERSITIES} of the university whose students have addresses at {@code email}'s domain. */
    public static int indexOfEmail(String email) {
        String domain = email.substring(email.indexOf('@') + 1);
        for (int i = 0; i < UNIVERSITIES.size(); i++) {
            if (UNIVERSITIES.get(i).domain().equals(domain)) {
                return i;
            }
        }
        throw new IllegalArgumentException(domain);
    }

    /**
     * Northbridge has approved Lumen Analytics and Copperleaf Studio and has a pending
     * request from Brightpath Health; Lakeshore approved Lumen; Eastmoor declined it.
     */
    public void partnerships(List<Long> universityIds, List<Company> companies, Instant now) {
        long northbridge = universityIds.get(0);
        partnership(northbridge, companies.get(0), "APPROVED", null, now.minus(60, ChronoUnit.DAYS));
        partnership(northbridge, companies.get(4), "APPROVED", null, now.minus(40, ChronoUnit.DAYS));
        partnership(northbridge, companies.get(1), "REQUESTED", null, now.minus(2, ChronoUnit.DAYS));
        partnership(universityIds.get(1), companies.get(0), "APPROVED", null, now.minus(90, ChronoUnit.DAYS));
        partnership(
                universityIds.get(2),
                companies.get(0),
                "DECLINED",
                "We only partner with companies that have a UK office.",
                now.minus(30, ChronoUnit.DAYS));
    }

    /** The career office caps its students at 20 hours a week during the current term. */
    public void termHourCap(long university, LocalDate today) {
        jdbc.sql("""
                        update universities set default_weekly_hour_cap = 20, term_starts_on = :starts,
                            term_ends_on = :ends
                        where id = :id
                        """)
                .param("starts", today.minusDays(30))
                .param("ends", today.plusDays(60))
                .param("id", university)
                .update();
    }

    private void partnership(long university, Company company, String status, String reason, Instant at) {
        long member = company.member();
        String message = "We would like to offer your students paid projects with a named mentor.";
        long staff = jdbc.sql("select min(user_id) from university_staff where university_id = :university")
                .param("university", university)
                .query(Long.class)
                .single();
        boolean decided = !status.equals("REQUESTED");
        Instant decidedAt = at.plus(1, ChronoUnit.DAYS);
        long id = jdbc.sql("insert into partnerships (university_id, company_id, status, message, reason, requested_by,"
                        + " requested_at, decided_by, decided_at) values (:university, :company, :status, :message,"
                        + " :reason, :member, :at, :staff, :decidedAt) returning id")
                .param("university", university)
                .param("company", company.id())
                .param("status", status)
                .param("message", message)
                .param("reason", reason)
                .param("member", member)
                .param("at", Timestamp.from(at))
                .param("staff", decided ? staff : null)
                .param("decidedAt", decided ? Timestamp.from(decidedAt) : null)
                .query(Long.class)
                .single();
        partnershipEvent(id, "REQUESTED", message, member, at);
        if (decided) {
            partnershipEvent(id, status, reason, staff, decidedAt);
        }
    }

    private void partnershipEvent(long partnership, String status, String note, long actor, Instant at) {
        jdbc.sql("insert into partnership_events (partnership_id, status, note, actor_user_id, occurred_at)"
                        + " values (:id, :status, :note, :actor, :at)")
                .param("id", partnership)
                .param("status", status)
                .param("note", note)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update();
    }
}
