package org.stint.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stint.posting.PostingRows.posting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The browse query on real PostgreSQL. Every posting here carries the made-up word "quokkafy" so
 * that the demo data other tests load never interferes.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(PostingSearch.class)
class PostingSearchTests {

    private static final String WORD = "quokkafy";

    @Autowired
    PostingSearch search;

    @Autowired
    JdbcClient jdbc;

    private long company;

    private final LocalDate today = LocalDate.now(Clock.systemDefaultZone());

    @BeforeEach
    void company() {
        company = PostingRows.company(jdbc, "Quokka Works");
    }

    private List<String> titles(PostingFilter filter) {
        return search.search(filter.normalized(), today, null).items().stream()
                .map(PostingCard::title)
                .toList();
    }

    private static PostingFilter keyword(String q) {
        return new PostingFilter(q, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void findsOnlyOpenPostingsWhoseDeadlineIsAhead() {
        posting(company).title("Open quokkafy work").insert(jdbc);
        posting(company).title("Draft quokkafy work").draft().insert(jdbc);
        posting(company).title("Closed quokkafy work").closed().insert(jdbc);
        posting(company)
                .title("Expired quokkafy work")
                .deadline(today.minusDays(1))
                .insert(jdbc);
        posting(company).title("Last-day quokkafy work").deadline(today).insert(jdbc);

        assertThat(titles(keyword(WORD))).containsExactlyInAnyOrder("Open quokkafy work", "Last-day quokkafy work");
    }

    @Test
    void ranksTitleMatchesAboveSkillAndDescriptionMatches() {
        posting(company)
                .title("Marketing help")
                .description("We need a quokkafy enthusiast for a campaign.")
                .insert(jdbc);
        posting(company).title("Quokkafy analyst").insert(jdbc);
        posting(company).title("Data help").skills("Quokkafy,SQL").insert(jdbc);

        assertThat(titles(keyword(WORD))).containsExactly("Quokkafy analyst", "Data help", "Marketing help");
    }

    @Test
    void appliesEachFilter() {
        posting(company).title("A quokkafy").category("DATA").hours(10).insert(jdbc);
        posting(company)
                .title("B quokkafy")
                .category("DESIGN")
                .hours(30)
                .onsite("Leeds", "GB")
                .insert(jdbc);
        posting(company)
                .title("C quokkafy")
                .category("DATA")
                .hours(40)
                .hybrid("Pune", "IN")
                .insert(jdbc);

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
        posting(company)
                .title("Hourly quokkafy")
                .hourly(2_500, "USD")
                .hours(20)
                .weeks(4)
                .insert(jdbc);
        posting(company).title("Fixed quokkafy").fixed(150_000, "USD").insert(jdbc);
        posting(company).title("Sterling quokkafy").fixed(300_000, "GBP").insert(jdbc);

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
        posting(company)
                .title("Old quokkafy")
                .publishedAt(now.minus(3, ChronoUnit.DAYS))
                .deadline(today.plusDays(2))
                .insert(jdbc);
        posting(company)
                .title("New quokkafy")
                .publishedAt(now)
                .deadline(today.plusDays(20))
                .insert(jdbc);

        assertThat(titles(new PostingFilter(WORD, null, null, null, null, null, null, null, SearchSort.NEWEST, null)))
                .containsExactly("New quokkafy", "Old quokkafy");
        assertThat(titles(new PostingFilter(WORD, null, null, null, null, null, null, null, SearchSort.DEADLINE, null)))
                .containsExactly("Old quokkafy", "New quokkafy");
    }

    @Test
    void paginatesTwentyAtATime() {
        for (int i = 0; i < 25; i++) {
            posting(company).title("Posting quokkafy " + i).insert(jdbc);
        }
        SearchResult second = search.search(
                new PostingFilter(WORD, null, null, null, null, null, null, null, null, 2).normalized(), today, null);

        assertThat(second.total()).isEqualTo(25);
        assertThat(second.items()).hasSize(5);
        assertThat(second.totalPages()).isEqualTo(2);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.firstIndex()).isEqualTo(21);
    }

    @Test
    void hostileOrNonsenseInputIsJustTextThatMatchesNothing() {
        posting(company).title("Real quokkafy").insert(jdbc);

        assertThat(titles(keyword("'; drop table postings; --"))).isEmpty();
        assertThat(titles(keyword("quokkafy & | ! :* ( \""))).containsExactly("Real quokkafy");
        assertThat(jdbc.sql("select count(*) from postings").query(Long.class).single())
                .isPositive();
    }
}
