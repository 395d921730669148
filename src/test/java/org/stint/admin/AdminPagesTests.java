package org.stint.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stint.account.UserDirectory;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.AppTest;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Co;
import org.stint.testsupport.Fixtures.Uni;
import org.stint.testsupport.Html;

/** Administrators create universities (and invite their first staff), disable users, moderate postings. */
@AppTest
class AdminPagesTests {

    private static final String STAFF_PASSWORD = "a-long-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDirectory directory;

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private RequestPostProcessor admin() {
        return as(DemoData.DEMO_ADMIN);
    }

    /** A university whose staff member signs in with {@link #STAFF_PASSWORD}. */
    private Uni universityWhoseStaffCanSignIn() {
        Uni uni = new Fixtures(jdbc).university(false);
        jdbc.sql("update users set password_hash = :h where id = :id")
                .param("h", "{noop}" + STAFF_PASSWORD)
                .param("id", uni.staffId())
                .update();
        return uni;
    }

    /** Each row is one person: the Role column names one role, not a group of people. */
    @Test
    void theUsersListNamesEachPersonsRoleInTheSingular() throws Exception {
        Document page = Html.parse(mvc.perform(
                        get("/admin/users").param("q", DemoData.DEMO_STUDENT).with(admin()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("tbody tr td:eq(2)").eachText()).containsExactly("Student");
        page = Html.parse(mvc.perform(
                        get("/admin/users").param("q", DemoData.DEMO_EMPLOYER).with(admin()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("tbody tr td:eq(2)").eachText()).containsExactly("Employer");
    }

    @Test
    void anAdminCreatesAUniversityWhoseInvitedStaffMemberJoinsAndColleaguesInviteMore() throws Exception {
        String key = Fixtures.unique("new");
        String domain = key + ".ac.uk";
        String link = (String) mvc.perform(post("/admin/universities")
                        .param("name", "University of " + key)
                        .param("country", "GB")
                        .param("domains", domain + ", mail." + domain)
                        .param("staffEmail", "head@" + domain)
                        .with(csrf())
                        .with(admin()))
                .andExpect(redirectedUrl("/admin/universities"))
                .andExpect(flash().attribute("flash", "admin.universities.created"))
                .andReturn()
                .getFlashMap()
                .get("invitationLink");
        assertThat(link).startsWith("/signup/staff/");

        Document join =
                Html.parse(mvc.perform(get(link)).andExpect(status().isOk()).andReturn());
        assertThat(join.select("h1").text()).isEqualTo("Join University of " + key + " on Stint");
        mvc.perform(post(link)
                        .param("name", "Head of Careers")
                        .param("password", "a-long-password")
                        .with(csrf()))
                .andExpect(redirectedUrl("/university"));
        mvc.perform(get(link)).andExpect(status().isNotFound());
        mvc.perform(formLogin().user("head@" + domain).password("a-long-password"))
                .andExpect(redirectedUrl("/dashboard"));

        String staff = "head@" + domain;
        mvc.perform(get("/university").with(as(staff))).andExpect(status().isOk());
        Document refused = Html.parse(mvc.perform(post("/university/staff")
                        .param("email", "someone@gmail.com")
                        .with(csrf())
                        .with(as(staff)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(refused.select("#email-error").text()).contains("university's e-mail domains");
        mvc.perform(post("/university/staff")
                        .param("email", "colleague@mail." + domain)
                        .with(csrf())
                        .with(as(staff)))
                .andExpect(redirectedUrl("/university/staff"));
        assertThat(jdbc.sql("select count(*) from staff_invitations where email = :e and accepted_at is null")
                        .param("e", "colleague@mail." + domain)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void aUniversityNeedsAFreeNameAndDomainsAndAStaffAddressOnThem() throws Exception {
        Document page = Html.parse(mvc.perform(post("/admin/universities")
                        .param("name", "Northbridge State University")
                        .param("country", "US")
                        .param("domains", Fixtures.unique("x") + ".edu")
                        .param("staffEmail", "a@b.edu")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("#name-error").text()).isEqualTo("A university with this name already exists.");
        page = Html.parse(mvc.perform(post("/admin/universities")
                        .param("name", Fixtures.unique("Other "))
                        .param("country", "US")
                        .param("domains", "northbridge.edu")
                        .param("staffEmail", "a@northbridge.edu")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("#domains-error").text()).contains("already belongs");
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAtItsNextRequest() throws Exception {
        Uni uni = universityWhoseStaffCanSignIn();
        Cookie staffSession = mvc.perform(formLogin().user(uni.staffEmail()).password(STAFF_PASSWORD))
                .andExpect(redirectedUrl("/dashboard"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(staffSession).as("the session cookie of Spring Session").isNotNull();
        mvc.perform(get("/university").cookie(staffSession)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/" + uni.staffId() + "/disable")
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(admin()))
                .andExpect(flash().attribute("flash", "admin.users.disabled"));

        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = :e")
                        .param("e", uni.staffEmail())
                        .query(Long.class)
                        .single())
                .as("the session is deleted from PostgreSQL")
                .isZero();
        mvc.perform(get("/university").cookie(staffSession))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).contains("/login"));
        Document login = Html.parse(mvc.perform(get("/login").param("expired", ""))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(login.select("[role=status]").text()).contains("signed out");
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgainAndAnAdminCannotDisableThemself() throws Exception {
        Uni uni = universityWhoseStaffCanSignIn();
        mvc.perform(post("/admin/users/" + uni.staffId() + "/disable")
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(admin()))
                .andExpect(flash().attribute("flash", "admin.users.disabled"));
        mvc.perform(formLogin().user(uni.staffEmail()).password(STAFF_PASSWORD))
                .andExpect(redirectedUrl("/login?disabled"));
        // only someone who knows the password learns that the account is disabled
        mvc.perform(formLogin().user(uni.staffEmail()).password("not-the-password"))
                .andExpect(redirectedUrl("/login?error"));
        Document list = Html.parse(
                mvc.perform(get("/admin/users").param("q", uni.staffEmail()).with(admin()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(list.select("tr[data-user=" + uni.staffId() + "]").text()).contains("Disabled");
        mvc.perform(
                post("/admin/users/" + uni.staffId() + "/enable").with(csrf()).with(admin()));
        mvc.perform(formLogin().user(uni.staffEmail()).password(STAFF_PASSWORD)).andExpect(redirectedUrl("/dashboard"));

        long adminId = jdbc.sql("select id from users where email = :e")
                .param("e", DemoData.DEMO_ADMIN)
                .query(Long.class)
                .single();
        mvc.perform(post("/admin/users/" + adminId + "/disable")
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(admin()))
                .andExpect(flash().attribute("flashError", "admin.users.notChanged"));
    }

    @Test
    void onlyAnAdministratorChangesAnAccountsStatusEvenPastTheUrlRule() {
        Fixtures fixtures = new Fixtures(jdbc);
        Uni uni = fixtures.university(false);
        long student = fixtures.student(uni, "Untouchable Student");
        assertThat(directory.setEnabled(uni.staffId(), student, false)).isFalse();
        assertThat(jdbc.sql("select enabled from users where id = :id")
                        .param("id", student)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void aReportedPostingIsHiddenWithAReasonOrTheReportDismissed() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        Uni uni = fixtures.university(false);
        String student = fixtures.email(fixtures.student(uni, "Reporting Student"));
        Co company = fixtures.company("Reported Co");
        long bad = fixtures.posting(company, "Unpaid work disguised as paid", "WRITING", "USD");
        long fine = fixtures.posting(company, "A perfectly fine posting", "WRITING", "USD");

        mvc.perform(post("/postings/" + bad + "/report")
                        .param("reason", "It asks for free work first")
                        .with(csrf())
                        .with(as(student)))
                .andExpect(redirectedUrl("/postings/" + bad));
        mvc.perform(post("/postings/" + fine + "/report")
                        .param("reason", "I do not like it")
                        .with(csrf())
                        .with(as(uni.staffEmail())))
                .andExpect(redirectedUrl("/postings/" + fine));
        mvc.perform(post("/postings/" + fine + "/report")
                        .param("reason", "Employers cannot report")
                        .with(csrf())
                        .with(as(company.memberEmail())))
                .andExpect(status().isForbidden());

        Document queue =
                Html.parse(mvc.perform(get("/admin/moderation").with(admin())).andReturn());
        long badReport = Long.parseLong(
                queue.select("article.report:has(a:containsOwn(Unpaid work))").attr("data-report"));
        long fineReport = Long.parseLong(queue.select("article.report:has(a:containsOwn(perfectly fine))")
                .attr("data-report"));

        mvc.perform(post("/admin/moderation/" + badReport + "/hide")
                        .param("reason", "Postings must pay for all work.")
                        .with(csrf())
                        .with(admin()))
                .andExpect(flash().attribute("flash", "admin.moderation.hidden"));
        mvc.perform(post("/admin/moderation/" + fineReport + "/dismiss")
                        .with(csrf())
                        .with(admin()))
                .andExpect(flash().attribute("flash", "admin.moderation.dismissed"));

        mvc.perform(get("/postings/" + bad)).andExpect(status().isNotFound());
        mvc.perform(get("/postings/" + bad).with(as(student))).andExpect(status().isNotFound());
        mvc.perform(get("/postings/" + fine)).andExpect(status().isOk());
        assertThat(jdbc.sql("select status || ':' || hidden_reason from postings where id = :id")
                        .param("id", bad)
                        .query(String.class)
                        .single())
                .isEqualTo("CLOSED:Postings must pay for all work.");
        mvc.perform(post("/admin/moderation/" + badReport + "/dismiss")
                        .with(csrf())
                        .with(admin()))
                .andExpect(status().isNotFound());
    }

    /**
     * A hidden posting says so to its company (with the reason, and no Reopen that could only fail)
     * and to a student who applied to it; to anyone else it is simply not found.
     */
    @Test
    void aHiddenPostingSaysSoToItsCompanyAndToItsApplicantsOnly() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        Uni uni = fixtures.university(false);
        long applicantId = fixtures.student(uni, "Hidden Applicant");
        String applicant = fixtures.email(applicantId);
        String bystander = fixtures.email(fixtures.student(uni, "Hidden Bystander"));
        Co company = fixtures.company("Hidden Co");
        long posting = fixtures.posting(company, "Hidden after a report", "WRITING", "USD");
        jdbc.sql("""
                        insert into applications (posting_id, student_id, cover_note, status)
                        values (:posting, :student, 'I would like to help.', 'SUBMITTED')
                        """).param("posting", posting).param("student", applicantId).update();
        jdbc.sql("""
                        update postings set status = 'CLOSED', closed_reason = 'MANUAL', closed_at = now(),
                            hidden_at = now(), hidden_reason = 'Asks for unpaid trial work.' where id = :id
                        """).param("id", posting).update();

        Document list = Html.parse(mvc.perform(get("/employer/postings").with(as(company.memberEmail())))
                .andExpect(status().isOk())
                .andReturn());
        org.jsoup.nodes.Element row =
                list.select("tr:has(th:contains(Hidden after a report))").first();
        assertThat(row).isNotNull();
        assertThat(row.select(".status").text()).isEqualTo("Hidden by moderation");
        assertThat(row.select(".hidden-reason").text()).isEqualTo("Reason: Asks for unpaid trial work.");
        assertThat(row.select("button").eachText()).doesNotContain("Reopen");
        assertThat(row.select("th a")).as("its public page is gone").isEmpty();
        mvc.perform(post("/employer/postings/" + posting + "/reopen")
                        .with(csrf())
                        .with(as(company.memberEmail())))
                .andExpect(redirectedUrl("/employer/postings"))
                .andExpect(flash().attribute("flashError", "posting.lifecycle.hidden"));

        org.springframework.test.web.servlet.MvcResult explainedResult = mvc.perform(
                        get("/postings/" + posting).with(as(applicant)))
                .andExpect(status().isNotFound())
                .andReturn();
        Document explained = Html.parse(explainedResult);
        assertThat(explained.select("h1").text()).isEqualTo("This posting was removed");
        assertThat(explained.select(".unavailable-reason").text())
                .contains("Hidden after a report")
                .contains("Hidden Co")
                .doesNotContain("unpaid trial");
        assertThat(explained.select("main a[href=/applications]")).isNotEmpty();
        org.stint.testsupport.PageChecks.assertUsable(Html.raw(explainedResult), "/postings/{hidden}");

        Document plain = Html.parse(mvc.perform(get("/postings/" + posting).with(as(bystander)))
                .andExpect(status().isNotFound())
                .andReturn());
        assertThat(plain.text()).doesNotContain("Hidden after a report");
        assertThat(Html.parse(mvc.perform(get("/postings/" + posting))
                                .andExpect(status().isNotFound())
                                .andReturn())
                        .text())
                .doesNotContain("Hidden after a report");
    }
}
