package org.stint.posting.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.stint.posting.Category;
import org.stint.posting.PayType;
import org.stint.posting.WorkMode;

class PostingFilterTests {

    private static PostingFilter filter(String q, Integer minHours, Integer maxHours, String currency, Integer minPay) {
        return new PostingFilter(q, null, null, null, minHours, maxHours, currency, minPay, null, null);
    }

    @Test
    void defaultsToNewestFirstOnPageOne() {
        PostingFilter normalized = PostingFilter.none().normalized();
        assertThat(normalized.sort()).isEqualTo(SearchSort.NEWEST);
        assertThat(normalized.page()).isEqualTo(1);
        assertThat(normalized.hasKeywords()).isFalse();
    }

    @Test
    void keywordsSortByRelevanceAndAreCut() {
        PostingFilter normalized =
                filter("  " + "x".repeat(500) + " ", null, null, null, null).normalized();
        assertThat(normalized.sort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(normalized.q()).hasSize(PostingFilter.MAX_KEYWORDS_LENGTH);
    }

    @Test
    void relevanceWithoutKeywordsFallsBackToNewest() {
        PostingFilter f = new PostingFilter(" ", null, null, null, null, null, null, null, SearchSort.RELEVANCE, 0);
        assertThat(f.normalized().sort()).isEqualTo(SearchSort.NEWEST);
        assertThat(f.normalized().q()).isNull();
    }

    @Test
    void putsHoursInOrderAndDropsImpossibleOnes() {
        PostingFilter swapped = filter(null, 30, 10, null, null).normalized();
        assertThat(swapped.minHours()).isEqualTo(10);
        assertThat(swapped.maxHours()).isEqualTo(30);
        PostingFilter impossible = filter(null, 0, 99, null, null).normalized();
        assertThat(impossible.minHours()).isNull();
        assertThat(impossible.maxHours()).isNull();
    }

    @Test
    void minimumPayNeedsAKnownCurrency() {
        PostingFilter noCurrency = filter(null, null, null, null, 500).normalized();
        assertThat(noCurrency.minPay())
                .as("kept, so the form shows what was typed")
                .isEqualTo(500);
        assertThat(noCurrency.minPayWithoutCurrency()).isTrue();
        assertThat(filter(null, null, null, "XYZ", 500).normalized().currency()).isNull();
        PostingFilter usd = filter(null, null, null, "usd", 500).normalized();
        assertThat(usd.currency()).isEqualTo("USD");
        assertThat(usd.minPay()).isEqualTo(500);
        assertThat(usd.minPayWithoutCurrency()).isFalse();
    }

    @Test
    void pageLinksKeepEveryFilter() {
        PostingFilter f = new PostingFilter(
                        "data & más", Category.DATA, WorkMode.REMOTE, "gb", 10, 20, "GBP", 300, SearchSort.PAY, 3)
                .normalized();
        assertThat(f.pageLink(2))
                .isEqualTo("/postings?q=data%20%26%20m%C3%A1s&category=DATA&mode=REMOTE&country=GB"
                        + "&minHours=10&maxHours=20&currency=GBP&minPay=300&sort=PAY&page=2");
        assertThat(PostingFilter.none().normalized().pageLink(1)).isEqualTo("/postings?sort=NEWEST");
    }

    /** Name and value pairs, decoded as the servlet container hands them over. */
    private static MultiValueMap<String, String> query(String... pairs) {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            query.add(pairs[i], pairs[i + 1]);
        }
        return query;
    }

    @Test
    void aSearchReadFromItsOwnLinkIsTheSameSearch() {
        PostingFilter search = new PostingFilter(
                        "data analyst",
                        Category.DATA,
                        WorkMode.HYBRID,
                        "GB",
                        10,
                        30,
                        "GBP",
                        800,
                        SearchSort.PAY,
                        null,
                        "SQL, Python",
                        "Leeds",
                        8,
                        PayType.HOURLY,
                        LocalDate.of(2026, 12, 24))
                .normalized();
        MultiValueMap<String, String> link = new LinkedMultiValueMap<>();
        search.queryParams().forEach((name, value) -> link.add(name, value.toString()));
        link.add("page", "3");

        assertThat(PostingFilter.fromQuery(link).normalized()).isEqualTo(search.ordered(SearchSort.PAY, 3));
    }

    @Test
    void valuesThatDoNotParseAreLeftUnset() {
        PostingFilter read = PostingFilter.fromQuery(query(
                "q",
                "design",
                "category",
                "NOPE",
                "mode",
                "remote",
                "minHours",
                "abc",
                "maxHours",
                " ",
                "page",
                "2x",
                "payType",
                "",
                "deadlineAfter",
                "24/12/2026"));

        assertThat(read).isEqualTo(new PostingFilter("design", null, null, null, null, null, null, null, null, null));
    }

    @Test
    void repeatedTextValuesAreJoinedAndNumbersTrimmed() {
        PostingFilter read = PostingFilter.fromQuery(
                query("skills", "SQL", "skills", "Python", "minHours", " 10 ", "sort", "NEWEST"));

        assertThat(read.skills()).isEqualTo("SQL,Python");
        assertThat(read.minHours()).isEqualTo(10);
        assertThat(read.sort()).isEqualTo(SearchSort.NEWEST);
    }
}
