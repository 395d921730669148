package org.stint.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.ModuleTest;

/**
 * The alert module with the modules it depends on (account, posting, company), without the
 * notification module that listens to it: checking a saved search on real PostgreSQL announces
 * the postings published since it was saved, each once.
 */
@ModuleTest
class AlertModuleTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SavedSearchService searches;

    Fixtures rows;

    long student;

    /** The word this test's postings and saved search share. */
    String word;

    @BeforeEach
    void studentAndWord() {
        rows = new Fixtures(jdbc);
        student = rows.student(rows.university(false), "Ada");
        word = uniqueWord();
    }

    /** A word no other posting has, of letters only, so full-text search finds just this test's. */
    private static String uniqueWord() {
        StringBuilder letters = new StringBuilder("quokka");
        for (char digit : Fixtures.unique("").toCharArray()) {
            letters.append((char) ('a' + (digit - '0')));
        }
        return letters.toString();
    }

    private List<Long> deliveredPostings(long searchId) {
        return jdbc.sql("select posting_id from saved_search_deliveries where saved_search_id = :s order by posting_id")
                .param("s", searchId)
                .query(Long.class)
                .list();
    }

    @Test
    void aNewMatchingPostingIsAnnouncedWithItsTitleAndCompany(Scenario scenario) {
        SavedSearch search = searches.save(student, new SaveSearchForm(null, "q=" + word, Frequency.INSTANT));
        Fixtures.TestCompany company = rows.company().create();
        long matching = rows.posting(company, "Clean a " + word + " dataset", "DATA", "USD");
        rows.posting(company, "Chart the sales of a bakery", "DATA", "USD");

        scenario.stimulate(() -> searches.check(search.getId()))
                .andWaitForEventOfType(SavedSearchMatched.class)
                .matching(event -> event.savedSearchId() == search.getId())
                .toArriveAndVerify((event, announced) -> {
                    assertThat(announced).isEqualTo(1);
                    assertThat(event.studentId()).isEqualTo(student);
                    assertThat(event.name()).isEqualTo(word);
                    assertThat(event.unsubscribeToken()).isEqualTo(search.getUnsubscribeToken());
                    assertThat(event.matches())
                            .containsExactly(new SavedSearchMatched.Match(
                                    matching, "Clean a " + word + " dataset", company.name()));
                });
        assertThat(deliveredPostings(search.getId())).containsExactly(matching);
    }

    @Test
    void aSecondCheckAnnouncesNothingTwice(PublishedEvents events) {
        SavedSearch search = searches.save(student, new SaveSearchForm("Data", "q=" + word, Frequency.INSTANT));
        long matching = rows.posting(rows.company().create(), "Sort " + word + " invoices", "DATA", "USD");

        assertThat(searches.check(search.getId())).isOne();
        assertThat(searches.check(search.getId()))
                .as("a second check finds nothing new to send")
                .isZero();

        assertThat(events.ofType(SavedSearchMatched.class).matching(event -> event.savedSearchId() == search.getId()))
                .hasSize(1);
        assertThat(deliveredPostings(search.getId())).containsExactly(matching);
    }

    @Test
    void postingsPublishedBeforeTheSearchWasSavedAreNotAnnounced(PublishedEvents events) {
        Fixtures.TestCompany company = rows.company().create();
        long older = rows.posting(company, "Label " + word + " photos", "DATA", "USD");
        jdbc.sql("update postings set published_at = now() - interval '1 hour' where id = :id")
                .param("id", older)
                .update();
        SavedSearch search = searches.save(student, new SaveSearchForm("Photos", "q=" + word, Frequency.INSTANT));

        assertThat(searches.check(search.getId())).isZero();

        assertThat(events.ofType(SavedSearchMatched.class)).isEmpty();
        assertThat(deliveredPostings(search.getId())).isEmpty();
    }
}
