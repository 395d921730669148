package org.stint.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Html;
import org.stint.testsupport.SignUpForms;

class EmployerSignupTests extends AppTestSupport {

    @Test
    void signUpCreatesTheCompanyWithTheEmployerAsFirstMember() throws Exception {
        String email = "founder-" + UUID.randomUUID() + "@acme.example";
        mvc.perform(SignUpForms.employer("Ada Founder", email, "a-good-password")
                        .param("companyName", "Lumen Analytics")
                        .param("website", "https://acme.example")
                        .param("industry", "Software")
                        .param("country", "GB"))
                .andExpect(redirectedUrl("/employer/postings"));

        String slug = jdbc.sql("""
                        select c.slug from companies c join company_members m on m.company_id = c.id
                        join users u on u.id = m.user_id where u.email = :email and u.role = 'EMPLOYER'
                        """).param("email", email).query(String.class).single();
        assertThat(slug)
                .as("a taken slug gets a suffix")
                .startsWith("lumen-analytics-")
                .isNotEqualTo("lumen-analytics");

        Document landing = Html.parse(mvc.perform(get("/employer/postings").with(as(email)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(landing.select("h1").text()).isEqualTo("Postings of Lumen Analytics");
        assertThat(landing.select("main").text()).contains("no postings yet");
    }

    @Test
    void invalidCompanyDetailsAreShownNextToTheirFields() throws Exception {
        Document page = Html.parse(
                mvc.perform(SignUpForms.employer("Ada", "ada-" + UUID.randomUUID() + "@acme.example", "a-good-password")
                                .param("companyName", "")
                                .param("website", "acme dot com")
                                .param("country", "Narnia"))
                        .andExpect(status().isOk())
                        .andReturn());

        assertThat(page.select("#companyName-error").text()).isEqualTo("Please fill in this field.");
        assertThat(page.select("#website-error").text()).contains("https://");
        assertThat(page.select("#country-error").text()).isEqualTo("Choose a country from the list.");
        assertThat(page.select("#website").val()).isEqualTo("acme dot com");
    }
}
