package org.stint.posting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.testsupport.AppTest;
import org.stint.testsupport.Fixtures;

/** The expiry job closes open postings past their deadline through the posting's own close. */
@AppTest
class PostingExpiryTests {

    @Autowired
    PostingExpiry expiry;

    @Autowired
    JdbcClient jdbc;

    @Test
    void closesOpenPostingsPastTheirDeadlineAndNothingElse() {
        Fixtures data = new Fixtures(jdbc);
        long company = data.company("Expiry Co").id();
        long expired =
                data.posting(company).deadline(LocalDate.now().minusDays(1)).create();
        long current =
                data.posting(company).deadline(LocalDate.now().plusDays(5)).create();
        long expiredDraft = data.posting(company)
                .status("DRAFT")
                .deadline(LocalDate.now().minusDays(1))
                .create();

        expiry.closeExpired();

        assertThat(statusOf(expired)).isEqualTo("CLOSED:EXPIRED");
        assertThat(statusOf(current)).isEqualTo("OPEN:");
        assertThat(statusOf(expiredDraft)).isEqualTo("DRAFT:");
    }

    private String statusOf(long id) {
        return jdbc.sql("select status || ':' || coalesce(closed_reason, '') from postings where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
