package org.stint.system.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small, believable marketplace: universities in the USA, the UK and India, ten companies, sixty
 * postings across fields, work modes, currencies and pay types, students with applications, and
 * career-office staff. Deterministic (a fixed seed); dates are relative to today.
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

    private record UniversitySeed(
            String name, String country, String timeZone, String domain, String staffEmail, String staffName) {}

    private record CompanySeed(
            String name,
            String slug,
            String website,
            String industry,
            String country,
            String city,
            String currency,
            String memberEmail,
            String memberName,
            String about) {}

    private record WorkSeed(String category, String title, String skills, String description) {}

    private static final List<UniversitySeed> UNIVERSITIES = List.of(
            new UniversitySeed(
                    "Northbridge State University",
                    "US",
                    "America/New_York",
                    "northbridge.edu",
                    DEMO_STAFF,
                    "Dana Whitfield"),
            new UniversitySeed(
                    "Lakeshore Institute of Technology",
                    "US",
                    "America/Chicago",
                    "lakeshore.edu",
                    "careers@lakeshore.edu",
                    "Marcus Bell"),
            new UniversitySeed(
                    "University of Eastmoor",
                    "GB",
                    "Europe/London",
                    "eastmoor.ac.uk",
                    "careers@eastmoor.ac.uk",
                    "Fiona Clarke"),
            new UniversitySeed(
                    "Deccan Institute of Technology",
                    "IN",
                    "Asia/Kolkata",
                    "dit.ac.in",
                    "placements@dit.ac.in",
                    "Anand Rao"));

    private static final List<CompanySeed> COMPANIES = List.of(
            new CompanySeed(
                    "Lumen Analytics",
                    "lumen-analytics",
                    "https://lumenanalytics.com",
                    "Data and analytics",
                    "US",
                    "Chicago",
                    "USD",
                    DEMO_EMPLOYER,
                    "Priya Natarajan",
                    "We help mid-sized retailers understand their customers with clean data and honest dashboards."),
            new CompanySeed(
                    "Brightpath Health",
                    "brightpath-health",
                    "https://brightpath.health",
                    "Health technology",
                    "US",
                    "Boston",
                    "USD",
                    "jordan@brightpath.health",
                    "Jordan Ellis",
                    "Brightpath builds scheduling and follow-up tools for community clinics."),
            new CompanySeed(
                    "Northwind Robotics",
                    "northwind-robotics",
                    "https://northwindrobotics.com",
                    "Robotics",
                    "US",
                    "Pittsburgh",
                    "USD",
                    "sam@northwindrobotics.com",
                    "Sam Okafor",
                    "Small warehouse robots that work next to people, designed and built in Pittsburgh."),
            new CompanySeed(
                    "Pinecrest Media",
                    "pinecrest-media",
                    "https://pinecrestmedia.com",
                    "Media",
                    "US",
                    "Austin",
                    "USD",
                    "lee@pinecrestmedia.com",
                    "Lee Alvarez",
                    "An independent studio producing podcasts and short documentaries."),
            new CompanySeed(
                    "Copperleaf Studio",
                    "copperleaf-studio",
                    "https://copperleaf.co.uk",
                    "Design agency",
                    "GB",
                    "Manchester",
                    "GBP",
                    "hannah@copperleaf.co.uk",
                    "Hannah Price",
                    "Brand and product design for charities and start-ups across the North West."),
            new CompanySeed(
                    "Fenwick Pay",
                    "fenwick-pay",
                    "https://fenwickpay.co.uk",
                    "Financial services",
                    "GB",
                    "London",
                    "GBP",
                    "tom@fenwickpay.co.uk",
                    "Tom Ashworth",
                    "Payments infrastructure for small online shops, regulated in the UK."),
            new CompanySeed(
                    "Kestrel Energy",
                    "kestrel-energy",
                    "https://kestrelenergy.ie",
                    "Renewable energy",
                    "IE",
                    "Dublin",
                    "EUR",
                    "aoife@kestrelenergy.ie",
                    "Aoife Byrne",
                    "Community solar projects in Ireland, from survey to switch-on."),
            new CompanySeed(
                    "Saffron Labs",
                    "saffron-labs",
                    "https://saffronlabs.in",
                    "Software",
                    "IN",
                    "Bengaluru",
                    "INR",
                    "arjun@saffronlabs.in",
                    "Arjun Mehta",
                    "Saffron Labs makes accounting software for India's small businesses."),
            new CompanySeed(
                    "Monsoon Mobility",
                    "monsoon-mobility",
                    "https://monsoonmobility.in",
                    "Transport",
                    "IN",
                    "Pune",
                    "INR",
                    "kavya@monsoonmobility.in",
                    "Kavya Iyer",
                    "Electric two-wheeler fleets for last-mile delivery."),
            new CompanySeed(
                    "Indus Agritech",
                    "indus-agritech",
                    "https://indusagritech.in",
                    "Agriculture technology",
                    "IN",
                    "Hyderabad",
                    "INR",
                    "rahul@indusagritech.in",
                    "Rahul Verma",
                    "Soil sensors and advice by SMS for smallholder farmers."));

    private static final List<WorkSeed> WORK = List.of(
            new WorkSeed(
                    "SOFTWARE",
                    "Build an internal admin dashboard",
                    "Java,Spring,SQL",
                    "Extend our internal admin tool with a dashboard for support staff. You will pair with an engineer, "
                            + "write tests, and ship two small features to production."),
            new WorkSeed(
                    "SOFTWARE",
                    "Automate our release checklist",
                    "Python,GitHub Actions,Bash",
                    "Turn a twelve-step manual release checklist into a reliable pipeline, with documentation the "
                            + "whole team can follow."),
            new WorkSeed(
                    "SOFTWARE",
                    "Accessibility fixes for our web app",
                    "HTML,CSS,Accessibility",
                    "Audit our customer web app against WCAG 2.2, fix the most important issues and write a short "
                            + "guide for the team."),
            new WorkSeed(
                    "SOFTWARE",
                    "Mobile app bug bash",
                    "Kotlin,Android,Testing",
                    "Reproduce, triage and fix reported bugs in our Android app, and add regression tests."),
            new WorkSeed(
                    "DATA",
                    "Junior data analyst: customer churn",
                    "SQL,Excel,Statistics",
                    "Analyse two years of anonymised subscription data to find what predicts churn, and present "
                            + "three recommendations."),
            new WorkSeed(
                    "DATA",
                    "Clean and document a sales dataset",
                    "Python,pandas,Data cleaning",
                    "Clean a messy sales dataset, document every column and build a small data dictionary."),
            new WorkSeed(
                    "DATA",
                    "Dashboard in Power BI for operations",
                    "Power BI,SQL,Data visualisation",
                    "Design and build an operations dashboard that managers will open every Monday morning."),
            new WorkSeed(
                    "DESIGN",
                    "Redesign our onboarding screens",
                    "Figma,UX research,Prototyping",
                    "Interview five users, map the onboarding journey and prototype a simpler first-run experience."),
            new WorkSeed(
                    "DESIGN",
                    "Illustrations for a product launch",
                    "Illustration,Adobe Illustrator,Branding",
                    "Create a set of six illustrations in our brand style for the launch page and social posts."),
            new WorkSeed(
                    "MARKETING",
                    "Social media campaign for a product launch",
                    "Social media,Copywriting,Canva",
                    "Plan and draft a four-week social campaign, with posts, a calendar and simple success measures."),
            new WorkSeed(
                    "MARKETING",
                    "Competitor research for market entry",
                    "Market research,Excel,Presentation",
                    "Compare ten competitors on price, features and positioning and summarise the gaps we could fill."),
            new WorkSeed(
                    "MARKETING",
                    "SEO audit of our website",
                    "SEO,Google Analytics,Content strategy",
                    "Audit our site's search performance and propose a content plan for the next quarter."),
            new WorkSeed(
                    "RESEARCH",
                    "User interviews for a new feature",
                    "User research,Interviewing,Synthesis",
                    "Recruit and interview eight customers, then synthesise findings into a short report."),
            new WorkSeed(
                    "RESEARCH",
                    "Literature review on battery recycling",
                    "Research,Academic writing,Chemistry",
                    "Summarise recent research on recycling lithium batteries for a non-specialist leadership team."),
            new WorkSeed(
                    "FINANCE",
                    "Build a cash-flow forecast model",
                    "Excel,Financial modelling,Accounting",
                    "Build a 13-week cash-flow model from our bookkeeping exports and explain how to keep it current."),
            new WorkSeed(
                    "FINANCE",
                    "Pricing analysis for a new plan",
                    "Excel,Pricing,Statistics",
                    "Model three pricing options for a new subscription tier and estimate their effect on revenue."),
            new WorkSeed(
                    "OPERATIONS",
                    "Map and improve our support process",
                    "Process mapping,Customer support,Notion",
                    "Shadow the support team, map the process end to end and propose three improvements."),
            new WorkSeed(
                    "OPERATIONS",
                    "Supplier database clean-up",
                    "Airtable,Data entry,Communication",
                    "Verify and update 300 supplier records, calling or e-mailing where details are missing."),
            new WorkSeed(
                    "WRITING",
                    "Write help-centre articles",
                    "Technical writing,Markdown,Editing",
                    "Write ten clear help-centre articles for our most common customer questions."),
            new WorkSeed(
                    "WRITING",
                    "Case studies from customer interviews",
                    "Copywriting,Interviewing,Editing",
                    "Interview three customers and turn each conversation into a 600-word case study."));

    private static final String[][] STUDENTS = {
        {DEMO_STUDENT, "Maya Chen", "BSc Computer Science", "2027"},
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

    private static final int POSTINGS = 60;

    private final JdbcClient jdbc;

    private final PasswordEncoder passwordEncoder;

    private final Clock clock;

    DemoData(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional
    public Summary load() {
        Random random = new Random(20261129L);
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);

        user("admin@stint.example", hash, "Stint Admin", "ADMIN", now.minus(400, ChronoUnit.DAYS));

        List<Long> universityIds = new ArrayList<>();
        for (UniversitySeed seed : UNIVERSITIES) {
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
            long staff = user(
                    seed.staffEmail(), hash, seed.staffName(), "UNIVERSITY_STAFF", now.minus(300, ChronoUnit.DAYS));
            jdbc.sql("insert into university_staff (user_id, university_id, job_title) values (:user, :uni, :title)")
                    .param("user", staff)
                    .param("uni", id)
                    .param("title", "Careers adviser")
                    .update();
            universityIds.add(id);
        }

        List<Long> companyIds = new ArrayList<>();
        for (CompanySeed seed : COMPANIES) {
            Instant joined = now.minus(30 + random.nextInt(500), ChronoUnit.DAYS);
            long id = jdbc.sql("""
                            insert into companies (name, slug, website, industry, country, about, created_at, updated_at)
                            values (:name, :slug, :website, :industry, :country, :about, :created, :created)
                            returning id
                            """)
                    .param("name", seed.name())
                    .param("slug", seed.slug())
                    .param("website", seed.website())
                    .param("industry", seed.industry())
                    .param("country", seed.country())
                    .param("about", seed.about())
                    .param("created", Timestamp.from(joined))
                    .query(Long.class)
                    .single();
            long member = user(seed.memberEmail(), hash, seed.memberName(), "EMPLOYER", joined);
            jdbc.sql("insert into company_members (user_id, company_id) values (:user, :company)")
                    .param("user", member)
                    .param("company", id)
                    .update();
            companyIds.add(id);
        }

        List<Long> openPostings = new ArrayList<>();
        for (int i = 0; i < POSTINGS; i++) {
            int companyIndex = (i * 3 + i / WORK.size()) % COMPANIES.size();
            CompanySeed company = COMPANIES.get(companyIndex);
            WorkSeed work = WORK.get(i % WORK.size());
            boolean hourly = random.nextInt(3) > 0;
            String mode = switch (random.nextInt(5)) {
                case 0, 1 -> "REMOTE";
                case 2, 3 -> "HYBRID";
                default -> "ONSITE";
            };
            int hours = 10 + 5 * random.nextInt(7);
            int weeks = 2 + random.nextInt(9);
            long pay = pay(company.currency(), hourly, random);
            boolean closed = i % 9 == 4;
            Instant published = now.minus(1 + random.nextInt(24 * 30), ChronoUnit.HOURS);
            LocalDate deadline =
                    closed ? today.minusDays(1 + random.nextInt(10)) : today.plusDays(5 + random.nextInt(50));
            long id = jdbc.sql("""
                            insert into postings (company_id, title, description, category, skills, hours_per_week,
                                duration_weeks, work_mode, city, country, pay_amount_minor, pay_currency, pay_type,
                                openings, application_deadline, status, closed_reason, published_at, created_at,
                                updated_at)
                            values (:company, :title, :description, :category, string_to_array(:skills, ','), :hours,
                                :weeks, :mode, :city, :country, :pay, :currency, :payType,
                                :openings, :deadline, :status, :reason, :published, :published, :published)
                            returning id
                            """)
                    .param("company", companyIds.get(companyIndex))
                    .param("title", work.title())
                    .param("description", work.description() + "\n\nAbout us: " + company.about())
                    .param("category", work.category())
                    .param("skills", work.skills())
                    .param("hours", hours)
                    .param("weeks", weeks)
                    .param("mode", mode)
                    .param("city", mode.equals("REMOTE") ? null : company.city())
                    .param("country", company.country())
                    .param("pay", pay)
                    .param("currency", company.currency())
                    .param("payType", hourly ? "HOURLY" : "FIXED")
                    .param("openings", 1 + random.nextInt(3))
                    .param("deadline", deadline)
                    .param("status", closed ? "CLOSED" : "OPEN")
                    .param("reason", closed ? "EXPIRED" : null)
                    .param("published", Timestamp.from(published))
                    .query(Long.class)
                    .single();
            if (!closed) {
                openPostings.add(id);
            }
        }
        // Two drafts that only their company sees.
        for (int i = 0; i < 2; i++) {
            WorkSeed work = WORK.get(i);
            jdbc.sql("""
                            insert into postings (company_id, title, description, category, skills, hours_per_week,
                                duration_weeks, work_mode, country, pay_amount_minor, pay_currency, pay_type,
                                openings, application_deadline)
                            values (:company, :title, :description, :category, string_to_array(:skills, ','), 20, 4,
                                'REMOTE', 'US', 250000, 'USD', 'FIXED', 1, :deadline)
                            """)
                    .param("company", companyIds.get(0))
                    .param("title", work.title() + " (draft)")
                    .param("description", work.description())
                    .param("category", work.category())
                    .param("skills", work.skills())
                    .param("deadline", today.plusDays(30))
                    .update();
        }

        int applications = 0;
        String[] statuses = {"SUBMITTED", "SUBMITTED", "SHORTLISTED", "REJECTED", "HIRED", "WITHDRAWN", "COMPLETED"};
        for (int s = 0; s < STUDENTS.length; s++) {
            String[] seed = STUDENTS[s];
            String domain = seed[0].substring(seed[0].indexOf('@') + 1);
            long university = universityIds.get(indexOfDomain(domain));
            long student =
                    user(seed[0], hash, seed[1], "STUDENT", now.minus(60 + random.nextInt(200), ChronoUnit.DAYS));
            jdbc.sql("""
                            insert into students (user_id, university_id, programme, graduation_year, skills, bio)
                            values (:user, :uni, :programme, :year, string_to_array(:skills, ','), :bio)
                            """)
                    .param("user", student)
                    .param("uni", university)
                    .param("programme", seed[2])
                    .param("year", Short.parseShort(seed[3]))
                    .param("skills", WORK.get(s % WORK.size()).skills())
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
                    history(inserted.get(), null, "SUBMITTED", student, submitted);
                    progress(inserted.get(), posting, status, submitted, random);
                }
            }
        }
        partnerships(universityIds, companyIds, now);
        engagement(now, today);
        hourCapsAndDispute(universityIds.get(0), today, now);
        return new Summary(UNIVERSITIES.size(), COMPANIES.size(), POSTINGS + 3, STUDENTS.length, applications + 1);
    }

    /**
     * A running engagement between Maya Chen and Lumen Analytics (Priya): hired 16 days ago on a
     * filled posting of 15 h a week for 3 weeks, with two milestones, messages both ways, a
     * deliverable handed in (a link, answered with a request for changes) and a file waiting for
     * review, one week's timesheet approved and last week's queried.
     */
    private void engagement(Instant now, LocalDate today) {
        long maya = idOf(DEMO_STUDENT);
        long priya = idOf(DEMO_EMPLOYER);
        long lumen = jdbc.sql("select company_id from company_members where user_id = :u")
                .param("u", priya)
                .query(Long.class)
                .single();
        WorkSeed work = WORK.get(0);
        Instant hired = now.minus(16, ChronoUnit.DAYS);
        long posting = jdbc.sql("""
                        insert into postings (company_id, title, description, category, skills, hours_per_week,
                            duration_weeks, work_mode, country, pay_amount_minor, pay_currency, pay_type, openings,
                            application_deadline, status, published_at, closed_at, closed_reason)
                        values (:company, 'Customer survey dashboard', :description, :category,
                            string_to_array(:skills, ','), 15, 3, 'REMOTE', 'US', 2500, 'USD', 'HOURLY', 1,
                            :deadline, 'CLOSED', :published, :hired, 'FILLED')
                        returning id
                        """)
                .param("company", lumen)
                .param("description", work.description())
                .param("category", work.category())
                .param("skills", work.skills())
                .param("deadline", today.minusDays(10))
                .param("published", Timestamp.from(now.minus(25, ChronoUnit.DAYS)))
                .param("hired", Timestamp.from(hired))
                .query(Long.class)
                .single();
        Instant applied = now.minus(21, ChronoUnit.DAYS);
        long application = jdbc.sql("""
                        insert into applications (posting_id, student_id, cover_note, status, submitted_at, updated_at, hired_at)
                        values (:posting, :student, :note, 'HIRED', :applied, :hired, :hired) returning id
                        """)
                .param("posting", posting)
                .param("student", maya)
                .param("note", "I built survey dashboards for two student societies and would love to do this one.")
                .param("applied", Timestamp.from(applied))
                .param("hired", Timestamp.from(hired))
                .query(Long.class)
                .single();
        history(application, null, "SUBMITTED", maya, applied);
        history(application, "SUBMITTED", "SHORTLISTED", priya, applied.plus(1, ChronoUnit.DAYS));
        history(application, "SHORTLISTED", "HIRED", priya, hired);

        for (Object[] m :
                new Object[][] {{"Kick-off dashboard sketch", 5}, {"Final dashboard and hand-over notes", 19}}) {
            jdbc.sql("""
                            insert into engagement_milestones (application_id, title, due_on, created_by, created_at)
                            values (:a, :title, :due, :by, :at)
                            """)
                    .param("a", application)
                    .param("title", m[0])
                    .param(
                            "due",
                            LocalDate.ofInstant(hired, java.time.ZoneOffset.UTC).plusDays((Integer) m[1]))
                    .param("by", priya)
                    .param("at", Timestamp.from(hired.plus(1, ChronoUnit.HOURS)))
                    .update();
        }
        Object[][] messages = {
            {priya, 15, "Welcome aboard, Maya! The survey export is in the shared folder; shall we meet on Thursday?"},
            {maya, 14, "Thank you! Thursday works. I will send a first sketch of the dashboard by Monday."},
            {priya, 6, "The sketch looks promising. Could you split the results by region?"},
            {maya, 1, "Done: the new version with regions is handed in below."},
        };
        for (Object[] m : messages) {
            jdbc.sql("""
                            insert into engagement_messages (application_id, author_user_id, body, created_at)
                            values (:a, :by, :body, :at)
                            """)
                    .param("a", application)
                    .param("by", m[0])
                    .param("body", m[2])
                    .param("at", Timestamp.from(now.minus((Integer) m[1], ChronoUnit.DAYS)))
                    .update();
        }
        long sketch = jdbc.sql("""
                        insert into engagement_deliverables (application_id, title, link_url, note, status, submitted_by, submitted_at)
                        values (:a, 'Dashboard sketch', 'https://example.com/lumen/survey-dashboard-sketch',
                            'A first layout with the five main questions.', 'CHANGES_REQUESTED', :maya, :at)
                        returning id
                        """)
                .param("a", application)
                .param("maya", maya)
                .param("at", Timestamp.from(now.minus(9, ChronoUnit.DAYS)))
                .query(Long.class)
                .single();
        jdbc.sql("""
                        insert into engagement_deliverable_reviews
                            (deliverable_id, application_id, decision, comment, reviewer_user_id, reviewed_at)
                        values (:d, :a, 'CHANGES_REQUESTED', 'Please split the results by region.', :priya, :at)
                        """)
                .param("d", sketch)
                .param("a", application)
                .param("priya", priya)
                .param("at", Timestamp.from(now.minus(6, ChronoUnit.DAYS)))
                .update();
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"
                        + "% Survey dashboard with regions (demo file)\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        jdbc.sql("""
                        insert into engagement_deliverables (application_id, title, file_name, content_type, size_bytes,
                            content, note, submitted_by, submitted_at)
                        values (:a, 'Dashboard with regions', 'survey-dashboard-regions.pdf', 'application/pdf', :size,
                            :content, 'Results split by region, as asked.', :maya, :at)
                        """)
                .param("a", application)
                .param("size", pdf.length)
                .param("content", pdf)
                .param("maya", maya)
                .param("at", Timestamp.from(now.minus(1, ChronoUnit.DAYS)))
                .update();

        LocalDate thisWeek =
                today.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        Object[][] weeks = {
            {2, "14", "APPROVED", "Kick-off, data cleaning and the first sketch."}, {1, "18", "QUERIED", null}
        };
        for (Object[] w : weeks) {
            LocalDate week = thisWeek.minusWeeks((Integer) w[0]);
            Instant submitted =
                    week.plusDays(5).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            long sheet = jdbc.sql("""
                            insert into engagement_timesheets (application_id, week_start, hours, note, over_reason, status,
                                submitted_by, submitted_at, updated_at)
                            values (:a, :week, :hours, :note, :reason, :status, :maya, :at, :updated) returning id
                            """)
                    .param("a", application)
                    .param("week", week)
                    .param("hours", new java.math.BigDecimal((String) w[1]))
                    .param("note", w[3])
                    .param("reason", "QUERIED".equals(w[2]) ? "Two extra workshops with the sales team." : null)
                    .param("status", w[2])
                    .param("maya", maya)
                    .param("at", Timestamp.from(submitted))
                    .param("updated", Timestamp.from(submitted.plus(1, ChronoUnit.DAYS)))
                    .query(Long.class)
                    .single();
            hoursEvent(application, sheet, "SUBMITTED", (String) w[1], null, maya, submitted);
            hoursEvent(
                    application,
                    sheet,
                    (String) w[2],
                    (String) w[1],
                    "QUERIED".equals(w[2])
                            ? "18 hours is above the 15 we planned: which days were the workshops?"
                            : null,
                    priya,
                    submitted.plus(1, ChronoUnit.DAYS));
        }
        jdbc.sql("""
                        insert into engagement_reads (application_id, user_id, last_read_at) values
                            (:a, :maya, :mayaRead), (:a, :priya, :priyaRead)
                        """)
                .param("a", application)
                .param("maya", maya)
                .param("mayaRead", Timestamp.from(now.minus(2, ChronoUnit.DAYS)))
                .param("priya", priya)
                .param("priyaRead", Timestamp.from(now.minus(3, ChronoUnit.DAYS)))
                .update();
    }

    private void hoursEvent(
            long application, long sheet, String action, String hours, String comment, long actor, Instant at) {
        jdbc.sql("""
                        insert into engagement_hours_events
                            (application_id, timesheet_id, action, hours, comment, actor_user_id, occurred_at)
                        values (:a, :t, :action, :hours, :comment, :actor, :at)
                        """)
                .param("a", application)
                .param("t", sheet)
                .param("action", action)
                .param("hours", new java.math.BigDecimal(hours))
                .param("comment", comment)
                .param("actor", actor)
                .param("at", Timestamp.from(at))
                .update();
    }

    private long idOf(String email) {
        return jdbc.sql("select id from users where email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    /**
     * Northbridge's career office caps its students at 20 hours a week during the current term;
     * Maya Chen set the same cap herself. A Northbridge student (Maya when she has completed work)
     * was paid less than owed, with a note, and disputes it; the dispute is open for the career
     * office.
     */
    private void hourCapsAndDispute(long northbridge, LocalDate today, Instant now) {
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
                .param("email", DEMO_STUDENT)
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
                .param("email", DEMO_STUDENT)
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
     * Northbridge has approved Lumen Analytics and Copperleaf Studio and has a pending
     * request from Brightpath Health; Lakeshore approved Lumen; Eastmoor declined it.
     */
    private void partnerships(List<Long> universityIds, List<Long> companyIds, Instant now) {
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
        history(application, "HIRED", "COMPLETED", employer, done);
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
        history(application, from, to, actor, at, note);
    }

    private void history(long application, String from, String to, long actor, Instant at) {
        history(application, from, to, actor, at, null);
    }

    private void history(long application, String from, String to, long actor, Instant at, String note) {
        jdbc.sql("""
                        insert into application_events (application_id, from_status, to_status, actor_user_id, note, occurred_at)
                        values (:application, :from, :to, :actor, :note, :at)
                        """)
                .param("application", application)
                .param("from", from)
                .param("to", to)
                .param("actor", actor)
                .param("note", note)
                .param("at", Timestamp.from(at))
                .update();
    }

    private long user(String email, String hash, String name, String role, Instant created) {
        return jdbc.sql("""
                        insert into users (email, password_hash, display_name, role, created_at, updated_at,
                            email_verified_at)
                        values (:email, :hash, :name, :role, :created, :created, :created) returning id
                        """)
                .param("email", email)
                .param("hash", hash)
                .param("name", name)
                .param("role", role)
                .param("created", Timestamp.from(created))
                .query(Long.class)
                .single();
    }

    private static long pay(String currency, boolean hourly, Random random) {
        return switch (currency) {
            case "USD" -> hourly ? (18 + random.nextInt(18)) * 100L : (400 + 100 * random.nextInt(27)) * 100L;
            case "GBP" ->
                hourly
                        ? (14 + random.nextInt(15)) * 100L + 50 * random.nextInt(2)
                        : (300 + 100 * random.nextInt(23)) * 100L;
            case "EUR" -> hourly ? (15 + random.nextInt(16)) * 100L : (350 + 100 * random.nextInt(25)) * 100L;
            default -> hourly ? (250 + 50 * random.nextInt(10)) * 100L : (15_000 + 5_000 * random.nextInt(21)) * 100L;
        };
    }

    private static int indexOfDomain(String domain) {
        for (int i = 0; i < UNIVERSITIES.size(); i++) {
            if (UNIVERSITIES.get(i).domain().equals(domain)) {
                return i;
            }
        }
        throw new IllegalArgumentException(domain);
    }
}
