package org.stint.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.ModuleTestConfiguration;
import org.stint.testsupport.PatientScenarios;

/**
 * The alert module with the modules it depends on (account, posting, company), without the
 * notification module that listens to it: checking a saved search on real PostgreSQL announces
 * the postings published since it was saved, each once.
 */
@ApplicationModuleTest(
        mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(ModuleTestConfiguration.class)
@ExtendWith(PatientScenarios.class)
@TestPropertySource(properties = {ModuleTestConfiguration.SMALL_POOL, ModuleTestConfiguration.FEW_IDLE})
class AlertModuleTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SavedSearchService searches;

    /** A word no other posting has, of letters only, so full-text search finds just this test's. */
    private static String uniqueWord() {
        StringBuilder word = new StringBuilder("quokka");
        for (char digit : Fixtures.unique("").toCharArray()) {
            word.append((char) ('a' + (digit - '0')));
        }
        return word.toString();
    }

    private List<Long> deliveredPostings(long searchId) {
        return jdbc.sql("select posting_id from saved_search_deliveries where saved_search_id = :s order by posting_id")
                .param("s", searchId)
                .query(Long.class)
                .list();
    }

    @Test
    void aNewMatchingPostingIsAnnouncedWithItsTitleAndCompany(Scenario scenario) {
        Fixtures rows = new Fixtures(jdbc);
        long student = rows.student(rows.university(false), "Ada");
        String word = uniqueWord();
        SavedSearch search = searches.save(student, new SaveSearchForm(null, "q=" + word, Frequency.INSTANT));
        Fixtures.Co company = rows.company().create();
        long matching = rows.posting(company)
                .title("Clean a " + word + " dataset")
                .category("DATA")
                .openings(3)
                .create();
        rows.posting(company)
                .title("Chart the sales of a bakery")
                .category("DATA")
                .openings(3)
                .create();

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
        Fixtures rows = new Fixtures(jdbc);
        long student = rows.student(rows.university(false), "Ada");
        String word = uniqueWord();
        SavedSearch search = searches.save(student, new SaveSearchForm("Data", "q=" + word, Frequency.INSTANT));
        long matching = rows.posting(rows.company().create())
                .title("Sort " + word + " invoices")
                .category("DATA")
                .openings(3)
                .create();

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
        Fixtures rows = new Fixtures(jdbc);
        long student = rows.student(rows.university(false), "Grace");
        String word = uniqueWord();
        Fixtures.Co company = rows.company().create();
        long older = rows.posting(company)
                .title("Label " + word + " photos")
                .category("DATA")
                .openings(3)
                .create();
        jdbc.sql("update postings set published_at = now() - interval '1 hour' where id = :id")
                .param("id", older)
                .update();
        SavedSearch search = searches.save(student, new SaveSearchForm("Photos", "q=" + word, Frequency.INSTANT));

        assertThat(searches.check(search.getId())).isZero();

        assertThat(events.ofType(SavedSearchMatched.class)).isEmpty();
        assertThat(deliveredPostings(search.getId())).isEmpty();
    }
}
