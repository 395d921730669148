package org.stint.posting.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Html;

/**
 * The browse page as a student meets it: facets beside the results, saving the search by the
 * result count, "Highest pay" within one currency, a minimum pay that asks for its currency, and
 * the summaries search engines show.
 */
class BrowsePageTests extends AppTestSupport {

    private TestCompany employer;

    private String word;

    @BeforeEach
    void setUp() {
        employer = data.company().create();
        word = "quokka" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Html.parse(mvc.perform(request).andExpect(status().isOk()).andReturn());
    }

    /** An open fixed-fee posting with the test's word in its title. */
    private long posting(String titleStart, String currency, long feeMinor) {
        return data.posting(employer)
                .title(titleStart + " " + word)
                .fixed(feeMinor, currency)
                .create();
    }

    private static List<String> titles(Document page) {
        return page.select("article.posting-card .card-title").eachText();
    }

    @Test
    void highestPayRanksWithinTheViewersCurrencyFirstAndNeverAcrossCurrencies() throws Exception {
        posting("Euro", "EUR", 900_000);
        posting("Pound", "GBP", 50_000);
        posting("Dollar big", "USD", 120_000);
        posting("Dollar small", "USD", 60_000);

        Document anyone = page(get("/postings").param("q", word).param("sort", "PAY"));
        assertThat(titles(anyone))
                .as("a visitor: USD first, highest first; the euro posting is not first for its bigger number")
                .containsExactly("Dollar big " + word, "Dollar small " + word, "Pound " + word, "Euro " + word);
        assertThat(anyone.select("#sort-hint").text()).contains("never converted", "USD first");

        Fixtures.TestUniversity british = data.university(false);
        jdbc.sql("update universities set country = 'GB' where id = :id")
                .param("id", british.id())
                .update();
        long student = data.student(british, "Amelia Hart");
        Document inLeeds =
                page(get("/postings").param("q", word).param("sort", "PAY").with(as(data.email(student))));
        assertThat(titles(inLeeds))
                .as("a student in the UK: pounds first")
                .containsExactly("Pound " + word, "Dollar big " + word, "Dollar small " + word, "Euro " + word);
        assertThat(inLeeds.select("#sort-hint").text()).contains("GBP first");
    }

    @Test
    void aMinimumPayWithoutACurrencyAsksForOneAndKeepsTheAmount() throws Exception {
        posting("Small", "USD", 10_000);

        Document page = page(get("/postings").param("q", word).param("minPay", "500"));

        assertThat(page.select("#minPay").val()).isEqualTo("500");
        Element currency = page.selectFirst("#currency");
        assertThat(currency.parent().hasClass("has-error")).isTrue();
        assertThat(currency.attr("aria-describedby")).isEqualTo("currency-error");
        assertThat(page.select("#currency-error").text()).isEqualTo("Choose the currency of the minimum pay.");
        assertThat(page.select(".results .notice-warning").text()).contains("minimum pay was not applied");
        assertThat(page.select("details.filters-more").attr("data-active")).isEqualTo("true");

        Document withCurrency =
                page(get("/postings").param("q", word).param("minPay", "500").param("currency", "USD"));
        assertThat(withCurrency.select("#currency-error")).isEmpty();
        assertThat(titles(withCurrency)).as("a $100 posting is under $500").isEmpty();
    }

    @Test
    void facetsAreCompactChipsInTheSidebarAndSavingTheSearchSitsByTheCount() throws Exception {
        posting("Chip", "USD", 10_000);
        Person student = data.student().create();

        Document page = page(get("/postings").param("q", word).with(as(student.email())));

        Element side = page.selectFirst(".browse > .browse-side");
        assertThat(side).isNotNull();
        assertThat(side.select("details.facets .facet-group dd a")).isNotEmpty();
        assertThat(page.select(".results .facets"))
                .as("no longer above the results")
                .isEmpty();
        Element head = page.selectFirst(".results .results-head");
        assertThat(head.select("details.save-search-box form.save-search input[name=query]")
                        .val())
                .contains("q=" + word);
        List<Element> order = page.select(".results .results-head, .results .card-list");
        assertThat(order.get(0).hasClass("results-head"))
                .as("saving comes before the results")
                .isTrue();
    }

    @Test
    void homeAndBrowseHaveMetaDescriptions() throws Exception {
        assertThat(page(get("/")).select("meta[name=description]").attr("content"))
                .startsWith("Stint: paid micro-internships for university students");
        assertThat(page(get("/postings")).select("meta[name=description]").attr("content"))
                .startsWith("Browse and search paid micro-internships");
        assertThat(page(get("/about")).select("meta[name=description]")).hasSizeLessThanOrEqualTo(1);
    }
}
