package org.stint.posting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
        assertThat(filter(null, null, null, null, 500).normalized().minPay()).isNull();
        assertThat(filter(null, null, null, "XYZ", 500).normalized().currency()).isNull();
        PostingFilter usd = filter(null, null, null, "usd", 500).normalized();
        assertThat(usd.currency()).isEqualTo("USD");
        assertThat(usd.minPay()).isEqualTo(500);
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
}
