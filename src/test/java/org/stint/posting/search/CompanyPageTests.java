package org.stint.posting.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stint.testsupport.AppTest;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;
import org.stint.testsupport.ProfileTestData;

/** The public company page, its figures checked against numbers worked out by hand. */
@AppTest
class CompanyPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ProfileTestData data;

    @BeforeEach
    void setUp() {
        data = new ProfileTestData(jdbc);
    }

    private Document page(String slug) throws Exception {
        String html = Html.raw(mvc.perform(get("/companies/" + slug))
                .andExpect(status().isOk())
                .andReturn());
        PageChecks.assertUsable(html, "/companies/" + slug);
        return Jsoup.parse(html);
    }

    @Test
    void figuresMatchTheApplicationsByHand() throws Exception {
        long company = data.company("Figures & Co");
        long open1 = data.posting(company, "Open posting number one", "OPEN");
        long open2 = data.posting(company, "Open posting number two", "OPEN");
        long closed = data.posting(company, "A closed posting here", "CLOSED");
        // Seven applications: one withdrawn (not counted), two still SUBMITTED, four answered.
        // Students rated three of them 5, 4 and 2: average 11 / 3 = 3.67, shown as 3.7.
        data.application(open1, data.student("S1"), "SUBMITTED", null);
        data.application(open1, data.student("S2"), "SUBMITTED", null);
        data.application(open1, data.student("S3"), "WITHDRAWN", null);
        data.application(open2, data.student("S4"), "SHORTLISTED", null);
        data.application(open2, data.student("S5"), "REJECTED", null);
        data.application(closed, data.student("S6"), "HIRED", 4);
        long completed = data.application(closed, data.student("S7"), "HIRED", 5);
        jdbc.sql("""
                        update applications set status = 'COMPLETED', hours_worked = 10, completed_at = now(),
                            verification_code = :code where id = :id
                        """)
                .param("code", ProfileTestData.unique("fig").replace("-", ""))
                .param("id", completed)
                .update();
        jdbc.sql("update applications set employer_rating = 2 where posting_id = :posting and status = 'SHORTLISTED'")
                .param("posting", open2)
                .update();

        Document page = page(data.slugOf(company));

        assertThat(page.select("h1").text()).isEqualTo("Figures & Co");
        assertThat(page.select(".figure-open dd").text()).isEqualTo("2");
        assertThat(page.select(".figure-rating .figure-value").text()).isEqualTo("3.7 out of 5");
        assertThat(page.select(".figure-rating .stat-detail").text()).isEqualTo("from 3 ratings");
        // Answered: SHORTLISTED, REJECTED, HIRED, COMPLETED = 4 of 6 (withdrawn left out) = 67%.
        assertThat(page.select(".figure-response .figure-value").text()).isEqualTo("67%");
        assertThat(page.select(".figure-response .stat-detail").text()).isEqualTo("of 6 applications");
        assertThat(page.select(".posting-card .card-title a").eachText())
                .containsExactlyInAnyOrder("Open posting number one", "Open posting number two");
        assertThat(page.select(".posting-card .card-title a").eachAttr("href"))
                .containsExactlyInAnyOrder("/postings/" + open1, "/postings/" + open2);
    }

    @Test
    void aCompanyWithoutApplicationsSaysSo() throws Exception {
        long company = data.company("Quiet Start-up");
        Document page = page(data.slugOf(company));

        assertThat(page.select(".figure-open dd").text()).isEqualTo("0");
        assertThat(page.select(".figure-rating dd").text()).isEqualTo("No ratings yet");
        assertThat(page.select(".figure-response dd").text()).isEqualTo("No applications yet");
        assertThat(page.select(".empty").text()).isEqualTo("No open postings right now.");
        assertThat(page.select("main").text()).contains("We test things.");
    }

    @Test
    void anUnknownCompanyIsNotFound() throws Exception {
        mvc.perform(get("/companies/no-such-company-anywhere")).andExpect(status().isNotFound());
    }

    @Test
    void thePostingPageLinksTheCompanyName() throws Exception {
        long company = data.company("Linked Company");
        long posting = data.posting(company, "A posting with a link", "OPEN");
        Document page = Html.parse(mvc.perform(get("/postings/" + posting))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select(".posting-company a").attr("href")).isEqualTo("/companies/" + data.slugOf(company));
        assertThat(page.select(".posting-company a").text()).isEqualTo("Linked Company");
    }
}
