package org.stint.posting.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.stint.posting.Category;
import org.stint.posting.PayType;
import org.stint.posting.PostingViewer;
import org.stint.posting.WorkMode;

/**
 * The browse query on real PostgreSQL. Every posting here carries the made-up word "quokkafy" so
 * that the demo data other tests load never interferes.
 */
class PostingSearchTests extends SearchTestSupport {

    @Test
    void findsOnlyOpenPostingsWhoseDeadlineIsAhead() {
        given.posting(company).title("Open quokkafy work").create();
        given.posting(company).title("Draft quokkafy work").draft().create();
        given.posting(company).title("Closed quokkafy work").closed().create();
        given.posting(company)
                .title("Expired quokkafy work")
                .deadline(today.minusDays(1))
                .create();
        given.posting(company).title("Last-day quokkafy work").deadline(today).create();

        assertThat(titles(keyword(WORD))).containsExactlyInAnyOrder("Open quokkafy work", "Last-day quokkafy work");
    }

    @Test
    void ranksTitleMatchesAboveSkillAndDescriptionMatches() {
        given.posting(company)
                .title("Marketing help")
                .description("We need a quokkafy enthusiast for a campaign.")
                .create();
        given.posting(company).title("Quokkafy analyst").create();
        given.posting(company).title("Data help").skills("Quokkafy,SQL").create();

        assertThat(titles(keyword(WORD))).containsExactly("Quokkafy analyst", "Data help", "Marketing help");
    }

    @Test
    void appliesEachFilter() {
        given.posting(company).title("A quokkafy").category("DATA").hours(10).create();
        given.posting(company)
                .title("B quokkafy")
                .category("DESIGN")
                .hours(30)
                .onsite("Leeds", "GB")
                .create();
        given.posting(company)
                .title("C quokkafy")
                .category("DATA")
                .hours(40)
                .hybrid("Pune", "IN")
                .create();

        assertThat(titles(new PostingFilter(WORD, Category.DATA, null, null, null, null, null, null, null, null)))
                .containsExactlyInAnyOrder("A quokkafy", "C quokkafy");
        assertThat(titles(new PostingFilter(WORD, null, WorkMode.ONSITE, null, null, null, null, null, null, null)))
                .containsExactly("B quokkafy");
        assertThat(titles(new PostingFilter(WORD, null, null, "in", null, null, null, null, null, null)))
                .containsExactly("C quokkafy");
        assertThat(titles(new PostingFilter(WORD, null, null, null, 20, 35, null, null, null, null)))
                .containsExactly("B quokkafy");
        assertThat(titles(new PostingFilter(WORD, Category.DATA, WorkMode.REMOTE, "US", 5, 15, null, null, null, null)))
                .containsExactly("A quokkafy");
    }

    @Test
    void minimumPayComparesTheWholeEngagementInOneCurrency() {
        // $25/h x 20 h x 4 weeks = $2,000; a $1,500 fee; a £3,000 fee
        given.posting(company)
                .title("Hourly quokkafy")
                .hourly(2_500, "USD")
                .hours(20)
                .weeks(4)
                .create();
        given.posting(company).title("Fixed quokkafy").fixed(150_000, "USD").create();
        given.posting(company).title("Sterling quokkafy").fixed(300_000, "GBP").create();

        assertThat(titles(new PostingFilter(WORD, null, null, null, null, null, "USD", 1_600, null, null)))
                .containsExactly("Hourly quokkafy");
        assertThat(titles(new PostingFilter(WORD, null, null, null, null, null, "USD", null, SearchSort.PAY, null)))
                .containsExactly("Hourly quokkafy", "Fixed quokkafy");
        assertThat(titles(new PostingFilter(WORD, null, null, null, null, null, "GBP", 2_000, null, null)))
                .containsExactly("Sterling quokkafy");
    }

    @Test
    void sortsByNewestAndByDeadline() {
        Instant now = Instant.now();
        given.posting(company)
                .title("Old quokkafy")
                .publishedAt(now.minus(3, ChronoUnit.DAYS))
                .deadline(today.plusDays(2))
                .create();
        given.posting(company)
                .title("New quokkafy")
                .publishedAt(now)
                .deadline(today.plusDays(20))
                .create();

        assertThat(titles(new PostingFilter(WORD, null, null, null, null, null, null, null, SearchSort.NEWEST, null)))
                .containsExactly("New quokkafy", "Old quokkafy");
        assertThat(titles(new PostingFilter(WORD, null, null, null, null, null, null, null, SearchSort.DEADLINE, null)))
                .containsExactly("Old quokkafy", "New quokkafy");
    }

    @Test
    void paginatesTwentyAtATime() {
        for (int i = 0; i < 25; i++) {
            given.posting(company).title("Posting quokkafy " + i).create();
        }
        SearchResult second = search.search(
                new PostingFilter(WORD, null, null, null, null, null, null, null, null, 2).normalized(),
                today,
                PostingViewer.ANYONE);

        assertThat(second.total()).isEqualTo(25);
        assertThat(second.items()).hasSize(5);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.firstIndex()).isEqualTo(21);
    }

    @Test
    void hostileOrNonsenseInputIsJustTextThatMatchesNothing() {
        given.posting(company).title("Real quokkafy").create();

        assertThat(titles(keyword("'; drop table postings; --"))).isEmpty();
        assertThat(titles(keyword("quokkafy & | ! :* ( \""))).containsExactly("Real quokkafy");
        assertThat(jdbc.sql("select count(*) from postings").query(Long.class).single())
                .isPositive();
    }

    /**
     * The fixed relevance set: the same two made-up words in the title, the skills, the company
     * name and the description of different postings, plus an old title match. Title beats skills
     * beats company name beats description; age halves a score at 30 days, so a 200-day-old title
     * match falls below a fresh skills or company match but stays above a description match.
     */
    @Test
    void newFiltersSkillsCityDurationPayTypeAndDeadline() {
        given.posting(company).title("A quokkafy").skills("Python,SQL").weeks(2).create();
        given.posting(company)
                .title("B quokkafy")
                .skills("Figma")
                .onsite("Leeds", "GB")
                .weeks(8)
                .hourly(1_500, "GBP")
                .deadline(today.plusDays(90))
                .create();

        assertThat(titles(filter(f -> f.skills = "python, sql"))).containsExactly("A quokkafy");
        assertThat(titles(filter(f -> f.city = "leeds"))).containsExactly("B quokkafy");
        assertThat(titles(filter(f -> f.maxWeeks = 4))).containsExactly("A quokkafy");
        assertThat(titles(filter(f -> f.payType = PayType.HOURLY))).containsExactly("B quokkafy");
        assertThat(titles(filter(f -> f.deadlineAfter = today.plusDays(60)))).containsExactly("B quokkafy");
    }

    @Test
    void countsFacetsAndTotalInOneQuery() {
        given.posting(company).title("A quokkafy").category("DATA").create();
        given.posting(company)
                .title("B quokkafy")
                .category("DATA")
                .onsite("Pune", "IN")
                .create();
        given.posting(company).title("C quokkafy").category("DESIGN").create();

        SearchResult result = search.search(keyword(WORD).normalized(), today, PostingViewer.ANYONE);

        assertThat(result.total()).isEqualTo(3);
        assertThat(result.facets().categories())
                .containsExactly(new SearchFacets.Count("DATA", 2), new SearchFacets.Count("DESIGN", 1));
        assertThat(result.facets().modes())
                .containsExactly(new SearchFacets.Count("REMOTE", 2), new SearchFacets.Count("ONSITE", 1));
        assertThat(result.facets().countries())
                .containsExactly(new SearchFacets.Count("US", 2), new SearchFacets.Count("IN", 1));
    }

    /** A mutable stand-in for the filter's newer fields, so tests name only what they set. */
    static final class Fields {
        String skills;
        String city;
        Integer maxWeeks;
        PayType payType;
        LocalDate deadlineAfter;
    }

    private static PostingFilter filter(java.util.function.Consumer<Fields> set) {
        Fields f = new Fields();
        set.accept(f);
        return new PostingFilter(
                WORD,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                f.skills,
                f.city,
                f.maxWeeks,
                f.payType,
                f.deadlineAfter);
    }

    /**
     * A search works on its newest {@value PostingSearch#MATCH_LIMIT} matches: it says there are
     * more, scores and pages through those, and its facets come without counts.
     */
}
