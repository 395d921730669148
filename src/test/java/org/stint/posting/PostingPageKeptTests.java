package org.stint.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stint.testsupport.AppTest;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Html;

/** A posting's kept details give way at once to an edit, a closing or an administrator hiding it. */
@AppTest
class PostingPageKeptTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private String title(long id) throws Exception {
        return Html.parse(mvc.perform(get("/postings/" + id))
                        .andExpect(status().isOk())
                        .andReturn())
                .select("h1")
                .text();
    }

    @Test
    void anEditAClosingOrHidingIsSeenAtTheNextRequest() throws Exception {
        Fixtures f = new Fixtures(jdbc);
        long id = f.posting(f.company("Kept Page Co"), "Kept title", "DATA", "USD");
        assertThat(title(id)).isEqualTo("Kept title");
        assertThat(title(id)).isEqualTo("Kept title");

        jdbc.sql("update postings set title = 'Edited title' where id = :id")
                .param("id", id)
                .update();
        assertThat(title(id)).isEqualTo("Edited title");

        jdbc.sql("update postings set status = 'CLOSED', closed_reason = 'MANUAL', closed_at = now() where id = :id")
                .param("id", id)
                .update();
        assertThat(Html.parse(mvc.perform(get("/postings/" + id)).andReturn())
                        .select(".notice-warning")
                        .text())
                .isEqualTo("This posting is closed and takes no more applications.");

        jdbc.sql("update postings set hidden_at = now(), hidden_reason = 'Spam' where id = :id")
                .param("id", id)
                .update();
        mvc.perform(get("/postings/" + id)).andExpect(status().isNotFound());
    }
}
