package org.stint.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stint.account.UserDirectory;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.TestUniversity;
import org.stint.testsupport.Html;

/**
 * Administrators find users, disable and enable their accounts (which ends their sessions), and
 * only an administrator may.
 */
class AdminAccountsTests extends AdminTestSupport {

    private static final String STAFF_PASSWORD = "a-long-password";

    @Autowired
    UserDirectory directory;

    /** A university whose staff member signs in with {@link #STAFF_PASSWORD}. */
    private TestUniversity universityWhoseStaffCanSignIn() {
        TestUniversity uni = new Fixtures(jdbc).university(false);
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
    void disablingAnAccountEndsItsOpenSessionAtItsNextRequest() throws Exception {
        TestUniversity uni = universityWhoseStaffCanSignIn();
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
        TestUniversity uni = universityWhoseStaffCanSignIn();
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
        TestUniversity uni = fixtures.university(false);
        long student = fixtures.student(uni, "Untouchable Student");
        assertThat(directory.setEnabled(uni.staffId(), student, false)).isFalse();
        assertThat(jdbc.sql("select enabled from users where id = :id")
                        .param("id", student)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
