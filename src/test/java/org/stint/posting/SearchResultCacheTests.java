package org.stint.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.stint.posting.PostingRows.posting;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A kept result page is served only while no posting has changed (V44), whoever changed it. The
 * postings here are committed, as other instances' would be, carry the made-up word "wombatize"
 * and are deleted after each test.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(PostingSearch.class)
@TestPropertySource(properties = {"stint.search.summary-cache-seconds=0", "stint.search.result-cache-seconds=60"})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SearchResultCacheTests {

    private static final PostingFilter WOMBATIZE =
            new PostingFilter("wombatize", null, null, null, null, null, null, null, null, null).normalized();

    @Autowired
    PostingSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private long company;

    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void company() {
        company = PostingRows.company(jdbc, "Burrow Works");
    }

    @AfterEach
    void deleteThem() {
        jdbc.sql("delete from postings where company_id = :company")
                .param("company", company)
                .update();
        jdbc.sql("delete from companies where id = :company")
                .param("company", company)
                .update();
    }

    private SearchResult wombatize() {
        return search.search(WOMBATIZE, today, null);
    }

    private static List<String> titles(SearchResult result) {
        return result.items().stream().map(PostingCard::title).toList();
    }

    @Test
    void aResultIsKeptWhileNoPostingChanges() {
        posting(company).title("Wombatize the archive").insert(jdbc);

        SearchResult first = wombatize();

        assertThat(titles(first)).containsExactly("Wombatize the archive");
        assertThat(wombatize()).isSameAs(first);
        assertThat(search.search(WOMBATIZE.ordered(SearchSort.NEWEST, 1), today, null))
                .as("another sort is another search")
                .isNotSameAs(first);
        assertThat(wombatize()).isSameAs(first);
    }

    @Test
    void anyChangeToThePostingsIsSeenAtTheNextSearch() {
        long archive = posting(company).title("Wombatize the archive").insert(jdbc);
        assertThat(titles(wombatize())).containsExactly("Wombatize the archive");

        posting(company).title("Wombatize the garden").insert(jdbc);
        assertThat(titles(wombatize())).containsExactlyInAnyOrder("Wombatize the archive", "Wombatize the garden");

        jdbc.sql("update postings set status = 'CLOSED' where id = :id")
                .param("id", archive)
                .update();
        assertThat(titles(wombatize())).containsExactly("Wombatize the garden");

        jdbc.sql("update companies set name = 'Marsupial Labs' where id = :id")
                .param("id", company)
                .update();
        assertThat(wombatize().items()).extracting(PostingCard::companyName).containsExactly("Marsupial Labs");

        jdbc.sql("delete from postings where company_id = :id")
                .param("id", company)
                .update();
        assertThat(wombatize().items()).isEmpty();
    }

    @Test
    void nothingReadInsideARolledBackChangeIsEverServed() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            posting(company).title("Wombatize the attic").insert(jdbc);
            assertThat(titles(wombatize())).containsExactly("Wombatize the attic");
            status.setRollbackOnly();
        });
        // A later change takes a new number, never the rolled-back one the attic was read under.
        posting(company).title("Somewhere else entirely").insert(jdbc);
        assertThat(wombatize().items()).isEmpty();
    }
}
