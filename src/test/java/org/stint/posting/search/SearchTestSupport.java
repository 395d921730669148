package org.stint.posting.search;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.posting.PostingViewer;
import org.stint.testsupport.Fixtures;

/**
 * The search query on real PostgreSQL, with a company of its own. Every posting the tests make
 * carries the made-up word {@value #WORD} so that the demo data other tests load never interferes.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(PostingSearch.class)
abstract class SearchTestSupport {

    static final String WORD = "quokkafy";

    @Autowired
    PostingSearch search;

    @Autowired
    JdbcClient jdbc;

    Fixtures given;

    long company;

    final LocalDate today = LocalDate.now(Clock.systemDefaultZone());

    @BeforeEach
    void company() {
        given = new Fixtures(jdbc);
        company = given.company().named("Quokka Works").create().id();
    }

    List<String> titles(PostingFilter filter) {
        return search.search(filter.normalized(), today, PostingViewer.ANYONE).items().stream()
                .map(PostingCard::title)
                .toList();
    }

    static PostingFilter keyword(String q) {
        return new PostingFilter(q, null, null, null, null, null, null, null, null, null);
    }
}
