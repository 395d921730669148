package org.stint.posting.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;

/** The public company page, its figures checked against numbers worked out by hand. */
class CompanyPageTests extends AppTestSupport {

    @BeforeEach
    void setUp() {}

    private long student() {
        return data.student().create().userId();
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
        TestCompany company = data.company().named("Figures & Co").create();
        long open1 = data.posting(company).title("Open posting number one").create();
        long open2 = data.posting(company).title("Open posting number two").create();
        long closed =
                data.posting(company).title("A closed posting here").closed().create();
        // Seven applications: one withdrawn (not counted), two still SUBMITTED, four answered.
        // Students rated three of them 5, 4 and 2: average 11 / 3 = 3.67, shown as 3.7.
        data.application(open1, student()).create();
        data.application(open1, student()).create();
        data.application(open1, student()).status("WITHDRAWN").create();
        data.application(open2, student())
                .status("SHORTLISTED")
                .employerRating(2)
                .create();
        data.application(open2, student()).status("REJECTED").create();
        data.application(closed, student()).status("HIRED").employerRating(4).create();
        data.application(closed, student())
                .status("COMPLETED")
                .completed(Instant.now())
                .hours(10.0)
                .employerRating(5)
                .create();

        Document page = page(company.slug());

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
        TestCompany company =
                data.company().named("Quiet Start-up").about("We test things.").create();
        Document page = page(company.slug());

        assertThat(page.select(".figure-open dd").text()).isEqualTo("0");
        assertThat(page.select(".figure-rating dd").text()).isEqualTo("No ratings yet");
        assertThat(page.select(".figure-response dd").text()).isEqualTo("No applications yet");
        assertThat(page.select(".empty").text()).isEqualTo("No open postings right now.");
        assertThat(page.select("main").text()).contains("We test things.");
    }

    @Test
    void openPostingsComeTwentyAPageDeadlineSoonestFirst() throws Exception {
        TestCompany company = data.company().named("Busy Company").create();
        for (int i = 1; i <= 23; i++) {
            data.posting(company)
                    .title("Busy posting number " + i)
                    .deadline(java.time.LocalDate.now().plusDays(i))
                    .create();
        }
        Document first = page(company.slug());
        assertThat(first.select(".figure-open dd").text()).isEqualTo("23");
        assertThat(first.select(".posting-card .card-title a").eachText())
                .hasSize(20)
                .startsWith("Busy posting number 1", "Busy posting number 2")
                .endsWith("Busy posting number 20");
        assertThat(first.select(".pagination").text()).contains("Page 1 of 2");
        assertThat(first.select(".pagination a[rel=next]").attr("href"))
                .isEqualTo("/companies/" + company.slug() + "?page=2");

        Document second = page(company.slug() + "?page=2");
        assertThat(second.select(".posting-card .card-title a").eachText())
                .containsExactly("Busy posting number 21", "Busy posting number 22", "Busy posting number 23");
        assertThat(second.select(".pagination a[rel=prev]").attr("href"))
                .isEqualTo("/companies/" + company.slug() + "?page=1");

        Document beyond = page(company.slug() + "?page=abc");
        assertThat(beyond.select(".posting-card")).hasSize(20);
    }

    @Test
    void anUnknownCompanyIsNotFound() throws Exception {
        mvc.perform(get("/companies/no-such-company-anywhere")).andExpect(status().isNotFound());
    }

    @Test
    void thePostingPageLinksTheCompanyName() throws Exception {
        TestCompany company = data.company().named("Linked Company").create();
        long posting = data.posting(company).title("A posting with a link").create();
        Document page = Html.parse(mvc.perform(get("/postings/" + posting))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select(".posting-company a").attr("href")).isEqualTo("/companies/" + company.slug());
        assertThat(page.select(".posting-company a").text()).isEqualTo("Linked Company");
    }
}
