package org.stint.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Html;

/** Administrators create universities and invite their first staff member, who invites colleagues. */
class AdminUniversitiesTests extends AdminTestSupport {

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
}
