package org.stint.testsupport;

import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Fixtures.TestUniversity;

/**
 * A student account and its profile. Defaults: at Northbridge State University (a demo university),
 * a unique name and e-mail, programme "BSc Testing", graduating 2027, skills SQL and Java.
 */
public final class StudentFixture {

    private final Fixtures fixtures;
    private final String key = Fixtures.unique("student");
    private TestUniversity university;
    private String name = "Student " + key;
    private String passwordHash = Fixtures.NO_PASSWORD;
    private String programme = "BSc Testing";
    private Integer graduationYear = 2027;
    private String skills = "SQL,Java";
    private String bio;
    private String links;
    private boolean portfolioPublic;

    StudentFixture(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    public StudentFixture at(TestUniversity value) {
        university = value;
        return this;
    }

    public StudentFixture named(String value) {
        name = value;
        return this;
    }

    public StudentFixture password(String hash) {
        passwordHash = hash;
        return this;
    }

    /** No programme, graduation year or skills: a profile never filled in. */
    public StudentFixture noProfile() {
        programme = null;
        graduationYear = null;
        skills = null;
        return this;
    }

    public StudentFixture graduating(int year) {
        graduationYear = year;
        return this;
    }

    /** Comma-separated skills. */
    public StudentFixture skills(String value) {
        skills = value;
        return this;
    }

    public StudentFixture bio(String value) {
        bio = value;
        return this;
    }

    /** Portfolio links, one a line. */
    public StudentFixture links(String value) {
        links = value;
        return this;
    }

    public StudentFixture portfolioPublic() {
        portfolioPublic = true;
        return this;
    }

    public Person create() {
        String domain = university == null ? "northbridge.edu" : university.domain();
        String email = key + "@" + domain;
        long id = fixtures.user(email, name, "STUDENT", passwordHash);
        fixtures.jdbc
                .sql("""
                        insert into students (user_id, university_id, programme, graduation_year, skills, bio, links,
                            portfolio_public)
                        select :id, d.university_id, :programme, :year,
                            coalesce(string_to_array(cast(:skills as text), ','), '{}'), :bio, :links, :public
                        from university_domains d where d.domain = :domain
                        """)
                .param("id", id)
                .param("programme", programme)
                .param("year", graduationYear)
                .param("skills", skills)
                .param("bio", bio)
                .param("links", links)
                .param("public", portfolioPublic)
                .param("domain", domain)
                .update();
        return new Person(id, fixtures.email(id), name);
    }
}
