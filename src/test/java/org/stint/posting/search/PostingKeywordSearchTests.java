package org.stint.posting.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stint.posting.PostingViewer;

/** Searches by words: ranking, prefixes, phrases, and common words over the newest matches. */
class PostingKeywordSearchTests extends SearchTestSupport {

    @Test
    void ranksByWhereTheWordsAppearBlendedWithRecency() {
        Instant now = Instant.now();
        long named = given.company().named("Zephyrine Wombatics Ltd").create().id();
        given.posting(company).title("Lead for zephyrine wombatics").create();
        given.posting(company)
                .title("Helper wanted")
                .skills("Zephyrine,Wombatics")
                .create();
        given.posting(named).title("Assistant wanted").create();
        given.posting(company)
                .title("General help")
                .description("Most of the work is zephyrine wombatics for the team.")
                .create();
        given.posting(company)
                .title("Old zephyrine wombatics lead")
                .publishedAt(now.minus(200, ChronoUnit.DAYS))
                .create();
        given.posting(company).title("Unrelated zephyrine only").create();

        List<String> expected = List.of(
                "Lead for zephyrine wombatics",
                "Helper wanted",
                "Assistant wanted",
                "Old zephyrine wombatics lead",
                "General help");
        assertThat(titles(keyword("zephyrine wombatics"))).containsExactlyElementsOf(expected);
        assertThat(titles(keyword("Zephyrine wombat")))
                .as("the last word is a prefix")
                .containsExactlyElementsOf(expected);
    }

    @Test
    void findsWhatPeopleTypeAsTheyType() {
        given.posting(company).title("Quokkafy data analyst").create();
        given.posting(company).title("Quokkafy analysis of running costs").create();

        assertThat(titles(keyword("quokkafy data analy"))).containsExactly("Quokkafy data analyst");
        assertThat(titles(keyword("quokkafy analy"))).hasSize(2);
        assertThat(titles(keyword("quokkafy run"))).containsExactly("Quokkafy analysis of running costs");
        assertThat(titles(keyword("quokkafy runs")))
                .as("stemmed")
                .containsExactly("Quokkafy analysis of running costs");
    }

    @Test
    void aPrefixStandsForItsWholeLexemesOrStaysAPrefixWhenThereAreMany() {
        given.posting(company).title("Quokkafy zibblewort tasks").create();
        assertThat(titles(keyword("quokkafy zibblew")))
                .as("a lexeme added by a new posting is found by its prefix at once")
                .containsExactly("Quokkafy zibblewort tasks");
        jdbc.sql("update postings set title = 'Quokkafy zibblewand tasks' where title = 'Quokkafy zibblewort tasks'")
                .update();
        assertThat(titles(keyword("quokkafy zibblew"))).containsExactly("Quokkafy zibblewand tasks");

        // 60 distinct words with one prefix: more than PostingSearch.PREFIX_LEXEMES
        StringBuilder many = new StringBuilder("Quokkafy");
        for (int i = 0; i < 60; i++) {
            many.append(" frobnix").append((char) ('a' + i / 26)).append((char) ('a' + i % 26));
        }
        given.posting(company).title("Quokkafy frobnixzz only").create();
        given.posting(company).title("Many words").description(many.toString()).create();
        assertThat(titles(keyword("quokkafy frobnix")))
                .as("still a prefix when it stands for more than 50 lexemes")
                .containsExactlyInAnyOrder("Quokkafy frobnixzz only", "Many words");
    }

    @Test
    void quotedWordsMatchOnlyInThatOrder() {
        given.posting(company).title("Quokkafy tidy data set").create();
        given.posting(company).title("Quokkafy set data").create();

        assertThat(titles(keyword("\"quokkafy tidy data\""))).containsExactly("Quokkafy tidy data set");
        assertThat(titles(keyword("\"set data\" quokkafy"))).containsExactly("Quokkafy set data");
    }

    @Test
    void theCompanyNameIsSearchableAndFollowsARename() {
        long renamed = given.company().named("Brumblethorpe Analytics").create().id();
        given.posting(renamed).title("Quokkafy survey help").create();

        assertThat(titles(keyword("brumblethorpe"))).containsExactly("Quokkafy survey help");
        jdbc.sql("update companies set name = 'Snorkelwick Analytics' where id = :id")
                .param("id", renamed)
                .update();
        assertThat(titles(keyword("brumblethorpe"))).isEmpty();
        assertThat(titles(keyword("snorkelwick"))).containsExactly("Quokkafy survey help");
    }

    @Test
    void punctuationOnlyKeywordsAreIgnoredAndSaidSo() {
        SearchResult result = search.search(keyword("!!! :*").normalized(), today, PostingViewer.ANYONE);
        assertThat(result.keywordsIgnored()).isTrue();
    }

    @Test
    void aCommonWordWorksOnItsNewestThousandMatches() {
        helpersMentioningGlimmerwort(1);
        given.posting(company)
                .title("Glimmerwort lead")
                .publishedAt(Instant.now().minus(90, ChronoUnit.MINUTES))
                .create();

        SearchResult first = search.search(keyword("glimmerwort").normalized(), today, PostingViewer.ANYONE);
        assertThat(first.more()).isTrue();
        assertThat(first.shownTotal()).isEqualTo(PostingSearch.MATCH_LIMIT);
        assertThat(first.facets().exact()).isFalse();
        assertThat(first.facets().categories())
                .extracting(SearchFacets.Count::value)
                .first()
                .isEqualTo("DATA");
        assertThat(first.items()).hasSize(PostingSearch.PAGE_SIZE);
        assertThat(first.items().get(0).title()).isEqualTo("Glimmerwort lead");
        assertThat(first.totalPages()).isEqualTo(SearchResult.MAX_PAGES);

        SearchResult last = search.search(
                new PostingFilter("glimmerwort", null, null, null, null, null, null, null, null, 999).normalized(),
                today,
                PostingViewer.ANYONE);
        assertThat(last.page()).isEqualTo(SearchResult.MAX_PAGES);
        assertThat(last.items()).hasSize(PostingSearch.PAGE_SIZE);
        assertThat(last.hasNext()).isFalse();

        SearchResult newest = search.search(
                new PostingFilter("glimmerwort", null, null, null, null, null, null, null, SearchSort.NEWEST, 50)
                        .normalized(),
                today,
                PostingViewer.ANYONE);
        assertThat(newest.items()).extracting(PostingCard::title).last().isEqualTo("Helper 999");
    }

    /**
     * The newest matches are gathered week by week (V41): a relevant posting older than most of
     * them, weeks back, is still among the newest {@value PostingSearch#MATCH_LIMIT} and ranks
     * first.
     */
    @Test
    void theNewestMatchesAreGatheredAcrossWeeks() {
        helpersMentioningGlimmerwort(120);
        // older than 990 of the helpers: about twelve weeks back
        given.posting(company)
                .title("Glimmerwort lead")
                .publishedAt(Instant.now().minus(2 * 990 + 1, ChronoUnit.HOURS))
                .create();

        SearchResult first = search.search(keyword("glimmerwort").normalized(), today, PostingViewer.ANYONE);

        assertThat(first.more()).isTrue();
        assertThat(first.items().get(0).title()).isEqualTo("Glimmerwort lead");
    }

    /**
     * {@value PostingSearch#MATCH_LIMIT} + 30 open postings that mention "glimmerwort" in their
     * description only, published {@code minutesApart} minutes apart, the newest that long ago.
     */
    private void helpersMentioningGlimmerwort(int minutesApart) {
        Instant now = Instant.now();
        for (int g = 1; g <= PostingSearch.MATCH_LIMIT + 30; g++) {
            given.posting(company)
                    .title("Helper " + g)
                    .description("Routine work with some glimmerwort tasks.")
                    .category("DATA")
                    .skills(null)
                    .hours(10)
                    .weeks(2)
                    .fixed(10_000, "USD")
                    .publishedAt(now.minus((long) minutesApart * g, ChronoUnit.MINUTES))
                    .create();
        }
    }
}
