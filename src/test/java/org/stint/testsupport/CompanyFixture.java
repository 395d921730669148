package org.stint.testsupport;

import org.stint.testsupport.Fixtures.TestCompany;

/**
 * A company and, unless told otherwise, its owner: an employer account that is a member of it.
 * Defaults: a unique name, slug and website, in the US, no industry or about text.
 */
public final class CompanyFixture {

    private final Fixtures fixtures;
    private final String key = Fixtures.unique("c");
    private String name = "Test Company " + key;
    private String slug = "co-" + key;
    private String website = "https://" + key + ".example.com";
    private String industry;
    private String country = "US";
    private String about;
    private String ownerName = "Owner " + key;
    private String passwordHash = Fixtures.NO_PASSWORD;
    private boolean withOwner = true;

    CompanyFixture(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    /** The exact name shown on pages. */
    public CompanyFixture named(String value) {
        name = value;
        return this;
    }

    public CompanyFixture website(String value) {
        website = value;
        return this;
    }

    public CompanyFixture industry(String value) {
        industry = value;
        return this;
    }

    public CompanyFixture country(String value) {
        country = value;
        return this;
    }

    public CompanyFixture about(String value) {
        about = value;
        return this;
    }

    public CompanyFixture ownedBy(String displayName) {
        ownerName = displayName;
        return this;
    }

    /** The owner's password hash. */
    public CompanyFixture password(String hash) {
        passwordHash = hash;
        return this;
    }

    /** No members at all. */
    public CompanyFixture withoutMembers() {
        withOwner = false;
        return this;
    }

    public TestCompany create() {
        long id = fixtures.jdbc
                .sql("""
                        insert into companies (name, slug, website, industry, country, about)
                        values (:name, :slug, :website, :industry, :country, :about) returning id
                        """)
                .param("name", name)
                .param("slug", slug)
                .param("website", website)
                .param("industry", industry)
                .param("country", country)
                .param("about", about)
                .query(Long.class)
                .single();
        if (!withOwner) {
            return new TestCompany(id, name, slug, null, 0);
        }
        String email = "owner@" + key + ".example.com";
        long owner = fixtures.user(email, ownerName, "EMPLOYER", passwordHash);
        EmployerFixture.join(fixtures, owner, id);
        return new TestCompany(id, name, slug, email, owner);
    }
}
