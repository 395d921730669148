package org.stint.system.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stint.account.demo.AccountDemoData;
import org.stint.company.demo.CompanyDemoData;
import org.stint.engagement.demo.EngagementDemoData;
import org.stint.hiring.demo.HiringDemoData;
import org.stint.posting.demo.PostingDemoData;
import org.stint.student.demo.StudentDemoData;
import org.stint.university.demo.UniversityDemoData;

/**
 * A small, believable marketplace: universities in the USA, the UK and India, ten companies, sixty
 * postings across fields, work modes, currencies and pay types, students with applications, and
 * career-office staff. Deterministic (a fixed seed); dates are relative to today.
 *
 * <p>Each module writes its own rows through its own seeder (its {@code demo} package); this class
 * only decides the order, hands each seeder the ids the others made, and draws every random choice
 * from one sequence, so the demo is the same on every load.
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

    private final AccountDemoData accounts;

    private final UniversityDemoData universities;

    private final CompanyDemoData companies;

    private final PostingDemoData postings;

    private final StudentDemoData students;

    private final HiringDemoData hiring;

    private final EngagementDemoData engagement;

    private final PasswordEncoder passwordEncoder;

    private final Clock clock;

    DemoData(
            AccountDemoData accounts,
            UniversityDemoData universities,
            CompanyDemoData companies,
            PostingDemoData postings,
            StudentDemoData students,
            HiringDemoData hiring,
            EngagementDemoData engagement,
            PasswordEncoder passwordEncoder,
            Clock clock) {
        this.accounts = accounts;
        this.universities = universities;
        this.companies = companies;
        this.postings = postings;
        this.students = students;
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

        accounts.user(DEMO_ADMIN, hash, "Stint Admin", "ADMIN", now.minus(400, ChronoUnit.DAYS));
        List<Long> universityIds = universities.seed(hash, now);
        List<CompanyDemoData.Seeded> companyRows = companies.seed(hash, now, random);
        List<PostingDemoData.Open> open = postings.seed(
                companyRows.stream()
                        .map(c -> new PostingDemoData.Employer(
                                c.id(),
                                c.company().country(),
                                c.company().city(),
                                c.company().currency(),
                                c.company().about()))
                        .toList(),
                now,
                today,
                random);
        Map<Long, Long> memberOf = companyRows.stream()
                .collect(Collectors.toMap(CompanyDemoData.Seeded::id, CompanyDemoData.Seeded::member));
        List<HiringDemoData.Opening> openings = open.stream()
                .map(p -> new HiringDemoData.Opening(
                        p.id(),
                        memberOf.get(p.companyId()),
                        p.openings(),
                        p.hoursPerWeek(),
                        p.weeks(),
                        p.payTotalMinor(),
                        p.currency()))
                .toList();

        long northbridge = universityIds.get(0);
        List<Long> northbridgeStudents = new ArrayList<>();
        int applications = 0;
        for (int n = 0; n < StudentDemoData.STUDENTS.size(); n++) {
            StudentDemoData.Student seed = StudentDemoData.STUDENTS.get(n);
            long university = universityIds.get(UniversityDemoData.indexOfEmail(seed.email()));
            long student = students.seed(
                    seed,
                    university,
                    PostingDemoData.skillsFor(n),
                    hash,
                    now.minus(60 + random.nextInt(200), ChronoUnit.DAYS));
            if (university == northbridge) {
                northbridgeStudents.add(student);
            }
            applications +=
                    hiring.applications(n, student, seed.programme(), openings, postings::publishedBefore, now, random);
        }
        universities.partnerships(
                universityIds,
                companyRows.stream()
                        .map(c -> new UniversityDemoData.Company(c.id(), c.member()))
                        .toList(),
                now);

        // The running engagement between Maya Chen and Lumen Analytics (Priya).
        long maya = northbridgeStudents.get(0);
        CompanyDemoData.Seeded lumen = companyRows.get(0);
        Instant hired = now.minus(16, ChronoUnit.DAYS);
        long filled = postings.filledPosting(lumen.id(), now, today);
        long engaged = hiring.hired(filled, maya, lumen.member(), now.minus(21, ChronoUnit.DAYS), hired);
        engagement.seed(engaged, maya, lumen.member(), hired, now, today);

        // Northbridge caps its students at 20 hours a week this term, and Maya set the same cap;
        // a Northbridge student (Maya when she has completed work) disputes an underpayment.
        universities.termHourCap(northbridge, today);
        students.weeklyHourCap(maya, 20);
        hiring.dispute(northbridgeStudents, maya, now);
        return new Summary(
                UniversityDemoData.UNIVERSITIES.size(),
                CompanyDemoData.COMPANIES.size(),
                PostingDemoData.POSTINGS + 3,
                StudentDemoData.STUDENTS.size(),
                applications + 1);
    }
}
