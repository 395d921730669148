package org.stint.posting.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo postings across fields, work modes, currencies and pay types, two drafts, and the filled
 * posting of the demo engagement. Published, closed and filled in the past, without the events and
 * checks of the employers' services, so this writes the posting module's own {@code postings}
 * table directly.
 */
@Component
public class PostingDemoData {

    public record Work(String category, String title, String skills, String description) {}

    public static final List<Work> WORK = List.of(
            new Work(
                    "SOFTWARE",
                    "Build an internal admin dashboard",
                    "Java,Spring,SQL",
                    "Extend our internal admin tool with a dashboard for support staff. You will pair with an engineer, "
                            + "write tests, and ship two small features to production."),
            new Work(
                    "SOFTWARE",
                    "Automate our release checklist",
                    "Python,GitHub Actions,Bash",
                    "Turn a twelve-step manual release checklist into a reliable pipeline, with documentation the "
                            + "whole team can follow."),
            new Work(
                    "SOFTWARE",
                    "Accessibility fixes for our web app",
                    "HTML,CSS,Accessibility",
                    "Audit our customer web app against WCAG 2.2, fix the most important issues and write a short "
                            + "guide for the team."),
            new Work(
                    "SOFTWARE",
                    "Mobile app bug bash",
                    "Kotlin,Android,Testing",
                    "Reproduce, triage and fix reported bugs in our Android app, and add regression tests."),
            new Work(
                    "DATA",
                    "Junior data analyst: customer churn",
                    "SQL,Excel,Statistics",
                    "Analyse two years of anonymised subscription data to find what predicts churn, and present "
                            + "three recommendations."),
            new Work(
                    "DATA",
                    "Clean and document a sales dataset",
                    "Python,pandas,Data cleaning",
                    "Clean a messy sales dataset, document every column and build a small data dictionary."),
            new Work(
                    "DATA",
                    "Dashboard in Power BI for operations",
                    "Power BI,SQL,Data visualisation",
                    "Design and build an operations dashboard that managers will open every Monday morning."),
            new Work(
                    "DESIGN",
                    "Redesign our onboarding screens",
                    "Figma,UX research,Prototyping",
                    "Interview five users, map the onboarding journey and prototype a simpler first-run experience."),
            new Work(
                    "DESIGN",
                    "Illustrations for a product launch",
                    "Illustration,Adobe Illustrator,Branding",
                    "Create a set of six illustrations in our brand style for the launch page and social posts."),
            new Work(
                    "MARKETING",
                    "Social media campaign for a product launch",
                    "Social media,Copywriting,Canva",
                    "Plan and draft a four-week social campaign, with posts, a calendar and simple success measures."),
            new Work(
                    "MARKETING",
                    "Competitor research for market entry",
                    "Market research,Excel,Presentation",
                    "Compare ten competitors on price, features and positioning and summarise the gaps we could fill."),
            new Work(
                    "MARKETING",
                    "SEO audit of our website",
                    "SEO,Google Analytics,Content strategy",
                    "Audit our site's search performance and propose a content plan for the next quarter."),
            new Work(
                    "RESEARCH",
                    "User interviews for a new feature",
                    "User research,Interviewing,Synthesis",
                    "Recruit and interview eight customers, then synthesise findings into a short report."),
            new Work(
                    "RESEARCH",
                    "Literature review on battery recycling",
                    "Research,Academic writing,Chemistry",
                    "Summarise recent research on recycling lithium batteries for a non-specialist leadership team."),
            new Work(
                    "FINANCE",
                    "Build a cash-flow forecast model",
                    "Excel,Financial modelling,Accounting",
                    "Build a 13-week cash-flow model from our bookkeeping exports and explain how to keep it current."),
            new Work(
                    "FINANCE",
                    "Pricing analysis for a new plan",
                    "Excel,Pricing,Statistics",
                    "Model three pricing options for a new subscription tier and estimate their effect on revenue."),
            new Work(
                    "OPERATIONS",
                    "Map and improve our support process",
                    "Process mapping,Customer support,Notion",
                    "Shadow the support team, map the process end to end and propose three improvements."),
            new Work(
                    "OPERATIONS",
                    "Supplier database clean-up",
                    "Airtable,Data entry,Communication",
                    "Verify and update 300 supplier records, calling or e-mailing where details are missing."),
            new Work(
                    "WRITING",
                    "Write help-centre articles",
                    "Technical writing,Markdown,Editing",
                    "Write ten clear help-centre articles for our most common customer questions."),
            new Work(
                    "WRITING",
                    "Case studies from customer interviews",
                    "Copywriting,Interviewing,Editing",
                    "Interview three customers and turn each conversation into a 600-word case study."));

    public static final int POSTINGS = 60;

    /** A company as its postings need it: where it is, what it pays in, and its description. */
    public record Employer(long id, String country, String city, String currency, String about) {}

    /** An open posting as applications to it need it; {@code payTotalMinor} is what completed work earns. */
    public record Open(
            long id, long companyId, int openings, int hoursPerWeek, int weeks, long payTotalMinor, String currency) {}

    private final JdbcClient jdbc;

    PostingDemoData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The published postings (some closed after their deadline) and two drafts; the open postings' ids. */
    public List<Open> seed(List<Employer> companies, Instant now, LocalDate today, Random random) {
        List<Open> openPostings = new ArrayList<>();
        for (int i = 0; i < POSTINGS; i++) {
            Employer company = companies.get((i * 3 + i / WORK.size()) % companies.size());
            Work work = WORK.get(i % WORK.size());
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
            int openings = 1 + random.nextInt(3);
            long[] row = jdbc.sql("""
                            insert into postings (company_id, title, description, category, skills, hours_per_week,
                                duration_weeks, work_mode, city, country, pay_amount_minor, pay_currency, pay_type,
                                openings, application_deadline, status, closed_reason, published_at, created_at,
                                updated_at)
                            values (:company, :title, :description, :category, string_to_array(:skills, ','), :hours,
                                :weeks, :mode, :city, :country, :pay, :currency, :payType,
                                :openings, :deadline, :status, :reason, :published, :published, :published)
                            returning id, pay_total_minor
                            """)
                    .param("company", company.id())
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
                    .param("openings", openings)
                    .param("deadline", deadline)
                    .param("status", closed ? "CLOSED" : "OPEN")
                    .param("reason", closed ? "EXPIRED" : null)
                    .param("published", Timestamp.from(published))
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
            if (!closed) {
                openPostings.add(new Open(row[0], company.id(), openings, hours, weeks, row[1], company.currency()));
            }
        }
        // Two drafts that only their company sees.
        for (int i = 0; i < 2; i++) {
            Work work = WORK.get(i);
            jdbc.sql("""
                            insert into postings (company_id, title, description, category, skills, hours_per_week,
                                duration_weeks, work_mode, country, pay_amount_minor, pay_currency, pay_type,
                                openings, application_deadline)
                            values (:company, :title, :description, :category, string_to_array(:skills, ','), 20, 4,
                                'REMOTE', 'US', 250000, 'USD', 'FIXED', 1, :deadline)
                            """)
                    .param("company", companies.get(0).id())
                    .param("title", work.title() + " (draft)")
                    .param("description", work.description())
                    .param("category", work.category())
                    .param("skills", work.skills())
                    .param("deadline", today.plusDays(30))
                    .update();
        }
        return openPostings;
    }

    /** The skills a demo student lists: those of the {@code n}th kind of work. */
    public static String skillsFor(int n) {
        return WORK.get(n % WORK.size()).skills();
    }

    /** Someone applied at {@code applied}: the posting was published (and created) a day before at the latest. */
    public void publishedBefore(long posting, Instant applied) {
        jdbc.sql("""
                        update postings set published_at = least(published_at, :before),
                            created_at = least(created_at, :before), updated_at = least(updated_at, :before)
                        where id = :posting
                        """)
                .param("before", Timestamp.from(applied.minus(1, ChronoUnit.DAYS)))
                .param("posting", posting)
                .update();
    }

    /**
     * The posting of the demo engagement: 15 h a week for 3 weeks at {@code company}, published 25
     * days ago and filled 16 days ago; its id.
     */
    public long filledPosting(long company, Instant now, LocalDate today) {
        Work work = WORK.get(0);
        Instant hired = now.minus(16, ChronoUnit.DAYS);
        return jdbc.sql("""
                        insert into postings (company_id, title, description, category, skills, hours_per_week,
                            duration_weeks, work_mode, country, pay_amount_minor, pay_currency, pay_type, openings,
                            application_deadline, status, published_at, closed_at, closed_reason)
                        values (:company, 'Customer survey dashboard', :description, :category,
                            string_to_array(:skills, ','), 15, 3, 'REMOTE', 'US', 2500, 'USD', 'HOURLY', 1,
                            :deadline, 'CLOSED', :published, :hired, 'FILLED')
                        returning id
                        """)
                .param("company", company)
                .param("description", work.description())
                .param("category", work.category())
                .param("skills", work.skills())
                .param("deadline", today.minusDays(10))
                .param("published", Timestamp.from(now.minus(25, ChronoUnit.DAYS)))
                .param("hired", Timestamp.from(hired))
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
}
