package org.stint.posting.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Html;

/** A posting's page shows an edit, a closing, an administrator hiding it, or a change to its company at once. */
class PostingPageTests extends AppTestSupport {

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

    @Test
    void aDraftIsNotFound() throws Exception {
        Fixtures f = new Fixtures(jdbc);
        long id = f.posting(f.company("Draft Page Co"), "Not yet", "DATA", "USD");
        jdbc.sql("update postings set status = 'DRAFT', published_at = null where id = :id")
                .param("id", id)
                .update();
        mvc.perform(get("/postings/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/postings/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void aCompanyEditIsSeenAtTheNextRequest() throws Exception {
        Fixtures f = new Fixtures(jdbc);
        Fixtures.TestCompany company = f.company("Kept Company Co");
        long id = f.posting(company, "Kept company title", "DATA", "USD");
        assertThat(about(id)).containsExactly(company.name(), "Company website");
        assertThat(about(id)).containsExactly(company.name(), "Company website");

        jdbc.sql("update companies set about = 'We restore old maps.', industry = 'Cartography' where id = :id")
                .param("id", company.id())
                .update();
        assertThat(about(id))
                .containsExactly(company.name() + " · Cartography", "We restore old maps.", "Company website");
    }

    /** The paragraphs of the page's company section. */
    private List<String> about(long id) throws Exception {
        return Html.parse(mvc.perform(get("/postings/" + id))
                        .andExpect(status().isOk())
                        .andReturn())
                .select("main section:has(> h2:containsOwn(Company)) p")
                .eachText();
    }
}
