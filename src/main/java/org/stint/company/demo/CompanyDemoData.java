package org.stint.company.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stint.account.demo.AccountDemoData;

/**
 * Demo companies, each with one member (an employer account). Back-dated to when the demo says
 * they joined, so this writes the company module's own tables ({@code companies},
 * {@code company_members}) directly; the member's account comes from {@link AccountDemoData}.
 */
@Component
public class CompanyDemoData {

    /** A demo company; {@code city} and {@code currency} are where and how its postings pay. */
    public record Company(
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

    public static final List<Company> COMPANIES = List.of(
            new Company(
                    "Lumen Analytics",
                    "lumen-analytics",
                    "https://lumenanalytics.com",
                    "Data and analytics",
                    "US",
                    "Chicago",
                    "USD",
                    "priya@lumenanalytics.com",
                    "Priya Natarajan",
                    "We help mid-sized retailers understand their customers with clean data and honest dashboards."),
            new Company(
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
            new Company(
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
            new Company(
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
            new Company(
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
            new Company(
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
            new Company(
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
            new Company(
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
            new Company(
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
            new Company(
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

    /** A seeded company: its id, its one member's user id, and what it was seeded from. */
    public record Seeded(long id, long member, Company company) {}

    private final JdbcClient jdbc;

    private final AccountDemoData accounts;

    CompanyDemoData(JdbcClient jdbc, AccountDemoData accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The companies in {@link #COMPANIES}' order, each with one member. */
    public List<Seeded> seed(String hash, Instant now, Random random) {
        List<Seeded> companies = new ArrayList<>();
        for (Company seed : COMPANIES) {
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
            long member = accounts.user(seed.memberEmail(), hash, seed.memberName(), "EMPLOYER", joined);
            jdbc.sql("insert into company_members (user_id, company_id) values (:user, :company)")
                    .param("user", member)
                    .param("company", id)
                    .update();
            companies.add(new Seeded(id, member, seed));
        }
        return companies;
    }
}
