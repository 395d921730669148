package org.stint.system.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Demo universities, their career offices, and their partnerships with companies. */
@Component
class UniversitySeed {

    private record University(
            String name, String country, String timeZone, String domain, String staffEmail, String staffName) {}

    static final List<University> UNIVERSITIES = List.of(
            new University(
                    "Northbridge State University",
                    "US",
                    "America/New_York",
                    "northbridge.edu",
                    DemoData.DEMO_STAFF,
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

    private final JdbcClient jdbc;

    private final DemoRows rows;

    UniversitySeed(JdbcClient jdbc, DemoRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** The universities, each with its e-mail domain and a career-office staff member; their ids in order. */
    List<Long> seed(String hash, Instant now) {
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
            long staff = rows.user(
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

    static int indexOfDomain(String domain) {
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
    void partnerships(List<Long> universityIds, List<Long> companyIds, Instant now) {
        long northbridge = universityIds.get(0);
        partnership(northbridge, companyIds.get(0), "APPROVED", null, now.minus(60, ChronoUnit.DAYS));
        partnership(northbridge, companyIds.get(4), "APPROVED", null, now.minus(40, ChronoUnit.DAYS));
        partnership(northbridge, companyIds.get(1), "REQUESTED", null, now.minus(2, ChronoUnit.DAYS));
        partnership(universityIds.get(1), companyIds.get(0), "APPROVED", null, now.minus(90, ChronoUnit.DAYS));
        partnership(
                universityIds.get(2),
                companyIds.get(0),
                "DECLINED",
                "We only partner with companies that have a UK office.",
                now.minus(30, ChronoUnit.DAYS));
    }

    private void partnership(long university, long company, String status, String reason, Instant at) {
        String message = "We would like to offer your students paid projects with a named mentor.";
        long member = jdbc.sql("select min(user_id) from company_members where company_id = :company")
                .param("company", company)
                .query(Long.class)
                .single();
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
                .param("company", company)
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
