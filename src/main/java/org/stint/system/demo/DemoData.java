package org.stint.system.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small, believable marketplace: universities in the USA, the UK and India, ten companies, sixty
 * postings across fields, work modes, currencies and pay types, students with applications, and
 * career-office staff. Deterministic (a fixed seed); dates are relative to today.
 *
 * <p>Each module's rows come from its own seeder ({@link UniversitySeed}, {@link CompanySeed},
 * {@link PostingSeed}, {@link HiringSeed}, {@link EngagementSeed}), run in this order from one
 * random sequence, so the demo is the same on every load.
 */
@Component
public class DemoData {

    public static final String DEMO_PASSWORD = "demo-password";

    public static final String DEMO_STUDENT = "maya.chen@northbridge.edu";

    public static final String DEMO_EMPLOYER = "priya@lumenanalytics.com";

    public static final String DEMO_STAFF = "careers@northbridge.edu";

    public static final String DEMO_ADMIN = "admin@stint.example";

    static final List<String> DEMO_LOGINS = List.of(DEMO_STUDENT, DEMO_EMPLOYER, DEMO_STAFF, DEMO_ADMIN);

    public record Summary(int universities, int companies, int postings, int students, int applications) {}

    private final DemoRows rows;

    private final UniversitySeed universities;

    private final CompanySeed companies;

    private final PostingSeed postings;

    private final HiringSeed hiring;

    private final EngagementSeed engagement;

    private final PasswordEncoder passwordEncoder;

    private final Clock clock;

    DemoData(
            DemoRows rows,
            UniversitySeed universities,
            CompanySeed companies,
            PostingSeed postings,
            HiringSeed hiring,
            EngagementSeed engagement,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.rows = rows;
        this.universities = universities;
        this.companies = companies;
        this.postings = postings;
        this.hiring = hiring;
        this.engagement = engagement;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public Summary load() {
        Random random = new Random(20261129L);
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);

        rows.user("admin@stint.example", hash, "Stint Admin", "ADMIN", now.minus(400, ChronoUnit.DAYS));

        List<Long> universityIds = universities.seed(hash, now);
        List<Long> companyIds = companies.seed(hash, now, random);
        List<Long> openPostings = postings.seed(companyIds, now, today, random);
        int applications = hiring.seed(universityIds, openPostings, hash, now, random);
        universities.partnerships(universityIds, companyIds, now);
        engagement.seed(now, today);
        hiring.hourCapsAndDispute(universityIds.get(0), today, now);
        return new Summary(
                UniversitySeed.UNIVERSITIES.size(),
                CompanySeed.COMPANIES.size(),
                PostingSeed.POSTINGS + 3,
                HiringSeed.STUDENTS.length,
                applications + 1);
    }
}
