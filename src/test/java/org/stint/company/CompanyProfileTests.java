package org.stint.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Html;
import org.stint.testsupport.SignUpForms;

class CompanyProfileTests extends AppTestSupport {

    long companyId;

    String companySlug;

    long employerId;

    RequestPostProcessor employer;

    @BeforeEach
    void newCompany() {
        TestCompany company = data.company()
                .named("Quillstone Labs")
                .ownedBy("Quinn Owner")
                .website("https://example.com")
                .industry("Testing")
                .country("GB")
                .about("We test things.")
                .create();
        companyId = company.id();
        companySlug = company.slug();
        employerId = company.memberId();
        employer = as(employerId);
    }

    private Document page(RequestPostProcessor who) throws Exception {
        return Html.parse(mvc.perform(get("/employer/company").with(who))
                .andExpect(status().isOk())
                .andReturn());
    }

    private String column(String column, long id) {
        return jdbc.sql("select " + column + " from companies where id = :id")
                .param("id", id)
                .query((rs, row) -> rs.getString(1))
                .list()
                .get(0);
    }

    private Long companyOf(long userId) {
        return jdbc.sql("select company_id from company_members where user_id = :id")
                .param("id", userId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private List<String> memberEmails(Document page) {
        return page.select(".member-list:not(.invitation-list) li span:first-of-type")
                .eachText();
    }

    @Test
    void onlyEmployersOpenTheirOwnCompany() throws Exception {
        mvc.perform(get("/employer/company")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/employer/company").with(as(DemoData.DEMO_STUDENT))).andExpect(status().isForbidden());
        mvc.perform(post("/employer/company/colleagues")
                        .with(csrf())
                        .with(as(DemoData.DEMO_STUDENT))
                        .param("email", "x@example.com"))
                .andExpect(status().isForbidden());

        Document page = page(employer);
        assertThat(page.select("#name").val()).isEqualTo("Quillstone Labs");
        assertThat(page.select("#country option[selected]").val()).isEqualTo("GB");
        assertThat(page.select("#about").val()).isEqualTo("We test things.");
        assertThat(memberEmails(page)).containsExactly(data.email(employerId));
        assertThat(page.select("a[href=/companies/" + companySlug + "]")).hasSize(1);
    }

    @Test
    void savingChangesOnlyTheMembersOwnCompany() throws Exception {
        long other = data.company()
                .named("Other Co")
                .about("We test things.")
                .withoutMembers()
                .create()
                .id();
        mvc.perform(post("/employer/company")
                        .with(csrf())
                        .with(employer)
                        .param("id", String.valueOf(other))
                        .param("companyId", String.valueOf(other))
                        .param("name", "  Quillstone Labs Ltd ")
                        .param("website", "https://quillstone.example")
                        .param("industry", "")
                        .param("country", "IN")
                        .param("about", "We make quills."))
                .andExpect(redirectedUrl("/employer/company"))
                .andExpect(flash().attribute("flash", "company.profile.saved"));

        assertThat(column("name", companyId)).isEqualTo("Quillstone Labs Ltd");
        assertThat(column("country", companyId)).isEqualTo("IN");
        assertThat(column("industry", companyId)).isNull();
        assertThat(column("about", companyId)).isEqualTo("We make quills.");
        assertThat(column("name", other)).isEqualTo("Other Co");
        assertThat(column("about", other)).isEqualTo("We test things.");
    }

    @Test
    void badInputComesBackWithMessagesNextToTheFieldsAndTheValuesKept() throws Exception {
        Document page = Html.parse(mvc.perform(post("/employer/company")
                        .with(csrf())
                        .with(employer)
                        .param("name", "")
                        .param("website", "quillstone dot com")
                        .param("industry", "Stationery")
                        .param("country", "Narnia")
                        .param("about", "a".repeat(4001)))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("[role=alert]").text()).contains("correct the highlighted fields");
        assertThat(page.select("#name-error").text()).isEqualTo("Please fill in this field.");
        assertThat(page.select("#website-error").text()).contains("https://");
        assertThat(page.select("#country-error").text()).isEqualTo("Choose a country from the list.");
        assertThat(page.select("#about-error").text()).isEqualTo("Use at most 4,000 characters.");
        assertThat(page.select("#about").attr("aria-invalid")).isEqualTo("true");
        assertThat(page.select("#website").val()).isEqualTo("quillstone dot com");
        assertThat(page.select("#industry").val()).isEqualTo("Stationery");
        assertThat(column("name", companyId)).isEqualTo("Quillstone Labs");
    }

    @Test
    void anEmployerWithoutACompanyJoinsAtOnce() throws Exception {
        long loner = data.employer().named("Lee Loner").create().userId();
        mvc.perform(post("/employer/company/colleagues")
                        .with(csrf())
                        .with(employer)
                        .param("email", data.email(loner).toUpperCase()))
                .andExpect(redirectedUrl("/employer/company"))
                .andExpect(flash().attribute("flash", "company.profile.colleagues.joined"));

        assertThat(companyOf(loner)).isEqualTo(companyId);
        assertThat(memberEmails(page(employer))).containsExactly(data.email(employerId), data.email(loner));
        assertThat(page(as(loner)).select("#name").val())
                .as("the new member sees the same company")
                .isEqualTo("Quillstone Labs");
    }

    @Test
    void anUnknownAddressIsInvitedAndJoinsTheCompanyOnSignUp() throws Exception {
        String email = Fixtures.unique("colleague") + "@quillstone.example";
        mvc.perform(post("/employer/company/colleagues")
                        .with(csrf())
                        .with(employer)
                        .param("email", email))
                .andExpect(redirectedUrl("/employer/company"))
                .andExpect(flash().attribute("flash", "company.profile.colleagues.invited"));
        assertThat(page(employer).select(".invitation-list li").eachText())
                .singleElement()
                .asString()
                .startsWith(email);

        long companiesBefore =
                jdbc.sql("select count(*) from companies").query(Long.class).single();
        mvc.perform(SignUpForms.employer("Casey Colleague", email, "a-good-password")
                        .param("companyName", "")
                        .param("website", "")
                        .param("industry", "")
                        .param("country", ""))
                .andExpect(redirectedUrl("/employer/postings"))
                .andExpect(flash().attribute("flash", "company.signup.joinedByInvitation"));

        long newcomer = jdbc.sql("select id from users where email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
        assertThat(companyOf(newcomer)).isEqualTo(companyId);
        assertThat(jdbc.sql("select count(*) from companies").query(Long.class).single())
                .as("no company created")
                .isEqualTo(companiesBefore);
        Document page = page(employer);
        assertThat(page.select(".invitation-list")).isEmpty();
        assertThat(memberEmails(page)).contains(email);
    }

    @Test
    void withoutAnInvitationTheSignUpStillNeedsTheCompany() throws Exception {
        Document page = Html.parse(mvc.perform(SignUpForms.employer(
                                "Nadia Nobody", Fixtures.unique("nobody") + "@example.com", "a-good-password")
                        .param("companyName", "")
                        .param("country", ""))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("#companyName-error").text()).isEqualTo("Please fill in this field.");
        assertThat(page.select("#country-error").text()).isEqualTo("Choose a country from the list.");
    }

    @Test
    void membersOfCompaniesAndOtherKindsOfAccountAreRefusedNextToTheField() throws Exception {
        long otherMember =
                data.company().named("Other Co").ownedBy("Olive Other").create().memberId();
        assertRefused(data.email(otherMember), "already belongs to another company");
        assertRefused(DemoData.DEMO_STUDENT, "not an employer account");
        assertRefused(data.email(employerId), "already a member of your company");
        assertRefused("not-an-email", "e-mail address like");
        assertThat(companyOf(otherMember)).isNotEqualTo(companyId);
        assertThat(jdbc.sql("select count(*) from company_invitations where company_id = :id")
                        .param("id", companyId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private void assertRefused(String email, String message) throws Exception {
        Document page = Html.parse(mvc.perform(post("/employer/company/colleagues")
                        .with(csrf())
                        .with(employer)
                        .param("email", email))
                .andExpect(status().isOk())
                .andReturn());
        Element field = page.selectFirst("form[action=/employer/company/colleagues] #email");
        assertThat(page.select("#email-error").text()).contains(message);
        assertThat(field.attr("aria-invalid")).isEqualTo("true");
        assertThat(field.val()).isEqualTo(email);
        assertThat(page.select("#name").val())
                .as("the profile form is still filled in")
                .isEqualTo("Quillstone Labs");
    }
}
