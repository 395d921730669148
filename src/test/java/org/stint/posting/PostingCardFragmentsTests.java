package org.stint.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stint.testsupport.AppTest;
import org.stint.testsupport.Html;
import org.stint.testsupport.ProfileTestData;

/**
 * Result cards are rendered once and then reused ({@link PostingCardFragments}); these tests
 * prove a reused card never shows stale content: every change to what a card displays shows on
 * the very next page, through every page that lists cards.
 */
@AppTest
class PostingCardFragmentsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ProfileTestData data;

    String word;

    long company;

    long posting;

    @BeforeEach
    void setUp() {
        data = new ProfileTestData(jdbc);
        word = "cardword" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
        company = data.company("Cached Cards Ltd " + word);
        posting = data.posting(company, "Original title " + word, "OPEN");
    }

    private Element card(String url) throws Exception {
        String html = Html.raw(mvc.perform(get(url)).andExpect(status().isOk()).andReturn());
        Element card = Jsoup.parse(html).selectFirst(".posting-card:has(a[href=/postings/" + posting + "])");
        assertThat(card).as("the posting's card on " + url).isNotNull();
        return card;
    }

    @Test
    void anEditedPostingShowsItsNewContentOnTheNextPage() throws Exception {
        String search = "/postings?q=" + word;
        Element before = card(search);
        assertThat(before.select(".card-title").text()).isEqualTo("Original title " + word);
        assertThat(before.select(".card-pay strong").text()).isEqualTo("£500 fixed fee");
        assertThat(card(search).outerHtml())
                .as("the second view reuses the same HTML")
                .isEqualTo(before.outerHtml());

        jdbc.sql("update postings set title = :title, pay_amount_minor = 65000, hours_per_week = 12 where id = :id")
                .param("title", "Edited title " + word)
                .param("id", posting)
                .update();

        Element after = card(search);
        assertThat(after.select(".card-title").text()).isEqualTo("Edited title " + word);
        assertThat(after.select(".card-pay strong").text()).isEqualTo("£650 fixed fee");
        assertThat(after.select(".card-facts").text()).contains("12 h/week");
        assertThat(after.text()).doesNotContain("Original title");
    }

    @Test
    void aRenamedCompanyShowsOnEveryListOfCards() throws Exception {
        String slug = data.slugOf(company);
        assertThat(card("/postings?q=" + word).select(".card-company").text()).isEqualTo("at Cached Cards Ltd " + word);
        assertThat(card("/companies/" + slug).select(".card-company").text()).isEqualTo("at Cached Cards Ltd " + word);

        jdbc.sql("update companies set name = :name where id = :id")
                .param("name", "Renamed Cards Ltd " + word)
                .param("id", company)
                .update();

        assertThat(card("/postings?q=" + word).select(".card-company").text())
                .isEqualTo("at Renamed Cards Ltd " + word);
        assertThat(card("/companies/" + slug).select(".card-company").text()).isEqualTo("at Renamed Cards Ltd " + word);
        assertThat(card("/postings?q=" + word).select(".card-title a").attr("href"))
                .isEqualTo("/postings/" + posting);
    }
}
