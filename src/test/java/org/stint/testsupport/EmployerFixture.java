package org.stint.testsupport;

import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Fixtures.TestCompany;

/** An employer account, alone or a member of a company beside its owner. */
public final class EmployerFixture {

    private final Fixtures fixtures;
    private final String key = Fixtures.unique("employer");
    private String name = "Employer " + key;
    private String passwordHash = Fixtures.NO_PASSWORD;
    private Long companyId;

    EmployerFixture(Fixtures fixtures) {
        this.fixtures = fixtures;
    }

    public EmployerFixture named(String value) {
        name = value;
        return this;
    }

    public EmployerFixture password(String hash) {
        passwordHash = hash;
        return this;
    }

    public EmployerFixture of(TestCompany company) {
        return of(company.id());
    }

    public EmployerFixture of(long company) {
        companyId = company;
        return this;
    }

    public Person create() {
        long id = fixtures.user(key + "@employer.example.com", name, "EMPLOYER", passwordHash);
        if (companyId != null) {
            join(fixtures, id, companyId);
        }
        return new Person(id, fixtures.email(id), name);
    }

    static void join(Fixtures fixtures, long user, long company) {
        fixtures.jdbc
                .sql("insert into company_members (user_id, company_id) values (:u, :c)")
                .param("u", user)
                .param("c", company)
                .update();
    }
}
