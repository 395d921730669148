package org.stint.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;

class PortfolioTests extends AppTestSupport {

    long student;

    String firstCode;

    String secondCode;

    @BeforeEach
    void studentWithCompletedWork() {
        student = data.student()
                .named("Pat Portfolio")
                .graduating(2028)
                .links("https://github.com/pat\njavascript:alert(1)")
                .create()
                .userId();
        TestCompany company = data.company().named("Portfolio Partners").create();
        long churn = data.posting(company)
                .title("Churn analysis sprint")
                .category("DATA")
                .skills("SQL,Excel")
                .closed()
                .create();
        firstCode = data.verificationCodeOf(data.application(churn, student)
                .inState("COMPLETED")
                .hours(37.5)
                .studentRating(5)
                .feedback("Sharp analysis, delivered early.")
                .create());
        long survey =
                data.posting(company).title("Survey clean-up work").closed().create();
        secondCode = data.verificationCodeOf(data.application(survey, student)
                .inState("COMPLETED")
                .hours(20.0)
                .studentRating(4)
                .create());
        data.application(data.posting(company).title("Still just applied here").create(), student)
                .create();
    }

    private String portfolioUrl() {
        return "/portfolio/" + data.publicIdOf(student);
    }

    @Test
    void aPortfolioIsHiddenUntilTheStudentOptsIn() throws Exception {
        mvc.perform(get(portfolioUrl())).andExpect(status().isNotFound());
        mvc.perform(get("/portfolio/" + UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/portfolio/not-a-uuid")).andExpect(status().isNotFound());

        data.portfolioPublic(student, true);
        mvc.perform(get(portfolioUrl())).andExpect(status().isOk());
        data.portfolioPublic(student, false);
        mvc.perform(get(portfolioUrl())).andExpect(status().isNotFound());
    }

    @Test
    void aPublicPortfolioListsOnlyCompletedWorkWithTheEmployersWords() throws Exception {
        data.portfolioPublic(student, true);
        String html = Html.raw(
                mvc.perform(get(portfolioUrl())).andExpect(status().isOk()).andReturn());
        PageChecks.assertUsable(html, "portfolio");
        Document page = Jsoup.parse(html);

        assertThat(page.select("h1").text()).isEqualTo("Pat Portfolio");
        assertThat(page.html()).as("unresolved message keys").doesNotContain("??");
        assertThat(page.select(".lead").text())
                .contains("Northbridge State University", "BSc Testing, graduating 2028");
        assertThat(page.select(".engagement .card-title").eachText())
                .containsExactlyInAnyOrder("Churn analysis sprint", "Survey clean-up work");
        Element churn =
                page.select(".engagement:contains(Churn analysis sprint)").first();
        assertThat(churn.select(".card-company").text()).isEqualTo("at Portfolio Partners");
        assertThat(churn.select(".tag").eachText()).contains("Data and analytics", "SQL", "Excel");
        assertThat(churn.select(".card-facts").text()).contains("37.5 hours", "completed");
        assertThat(churn.select(".engagement-rating").text()).isEqualTo("Rated 5 out of 5 by the employer");
        assertThat(churn.select("blockquote").text()).isEqualTo("Sharp analysis, delivered early.");
        assertThat(churn.select("a.verify-link").attr("href")).isEqualTo("/verify/" + firstCode);
        Element survey =
                page.select(".engagement:contains(Survey clean-up work)").first();
        assertThat(survey.select(".card-facts").text()).contains("20 hours");
        assertThat(survey.select("blockquote")).isEmpty();
        assertThat(page.select(".portfolio-links a").eachAttr("href"))
                .as("only web addresses become links")
                .containsExactly("https://github.com/pat");
        assertThat(page.text()).doesNotContain(data.email(student), "Still just applied here");
    }

    @Test
    void aPortfolioWithoutCompletedWorkSaysSo() throws Exception {
        long newcomer = data.student().named("Nova Newcomer").create().userId();
        data.portfolioPublic(newcomer, true);
        Document page = Html.parse(mvc.perform(get("/portfolio/" + data.publicIdOf(newcomer)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("h1").text()).isEqualTo("Nova Newcomer");
        assertThat(page.select(".engagement")).isEmpty();
        assertThat(page.select(".empty").text()).isEqualTo("No completed micro-internships yet.");
    }

    @Test
    void verificationShowsTheEngagementAndNothingPrivate() throws Exception {
        mvc.perform(get("/verify/no-such-code")).andExpect(status().isNotFound());

        String html = Html.raw(mvc.perform(get("/verify/" + firstCode))
                .andExpect(status().isOk())
                .andReturn());
        PageChecks.assertUsable(html, "verification");
        Document page = Jsoup.parse(html);
        assertThat(page.html()).as("unresolved message keys").doesNotContain("??");
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.select(".verification-student").text()).isEqualTo("Pat Portfolio");
        assertThat(page.select(".verification-university").text()).isEqualTo("Northbridge State University");
        assertThat(page.select(".verification-company").text()).isEqualTo("Portfolio Partners");
        assertThat(page.select(".verification-posting").text()).isEqualTo("Churn analysis sprint");
        assertThat(page.select(".verification-hours").text()).isEqualTo("37.5");
        assertThat(page.select(".verification-rating").text()).isEqualTo("5 out of 5");
        assertThat(page.text()).doesNotContain(data.email(student), "@");
        assertThat(page.select("a[href^=/portfolio/]"))
                .as("no portfolio link while it is private")
                .isEmpty();

        data.portfolioPublic(student, true);
        Document second = Html.parse(mvc.perform(get("/verify/" + secondCode))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(second.select(".verification-posting").text()).isEqualTo("Survey clean-up work");
        assertThat(second.select("a[href^=/portfolio/]").attr("href")).isEqualTo(portfolioUrl());
    }

    @Test
    void demoCompletionsAreVerifiable() throws Exception {
        Map<String, Object> demo = jdbc.sql("""
                        select a.verification_code, u.display_name, p.title, c.name as company
                        from applications a join users u on u.id = a.student_id
                        join postings p on p.id = a.posting_id join companies c on c.id = p.company_id
                        where a.status = 'COMPLETED' and a.verification_code like 'demo%'
                        order by a.id limit 1
                        """).query().singleRow();
        Document page = Html.parse(mvc.perform(get("/verify/" + demo.get("verification_code")))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select(".verification-student").text()).isEqualTo(demo.get("display_name"));
        assertThat(page.select(".verification-posting").text()).isEqualTo(demo.get("title"));
        assertThat(page.select(".verification-company").text()).isEqualTo(demo.get("company"));
    }
}
