package org.stint.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stint.testsupport.AppTest;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Co;
import org.stint.testsupport.Fixtures.Uni;
import org.stint.testsupport.Html;

/**
 * A rendered result page is reused only for the same result: a new posting shows at once, with
 * its count, and a student's "vetted partner" marks never reach anyone else's page, nor theirs
 * another's.
 */
@AppTest
class BrowseFragmentsTests {

    private static final String SEARCH = "/postings?q=numbatize";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Html.parse(mvc.perform(request).andExpect(status().isOk()).andReturn());
    }

    @Test
    void aRenderedPageIsReusedOnlyForTheSameResultAndWithoutAnyonesMarks() throws Exception {
        Fixtures f = new Fixtures(jdbc);
        Uni uni = f.university(false);
        Co partner = f.company("Numbat Partners");
        f.partnership(uni, partner, "APPROVED");
        String student = f.email(f.student(uni, "Numbat Student"));
        assertThat(page(get(SEARCH)).select(".posting-card")).isEmpty();

        // the kept empty result and its kept zero count give way at once
        f.posting(partner, "Numbatize the catalogue", "DATA", "USD");
        Document first = page(get(SEARCH));
        assertThat(first.select(".posting-card .card-title").eachText()).containsExactly("Numbatize the catalogue");
        assertThat(first.select("#results-heading").text()).isEqualTo("1 posting matches");

        f.posting(f.company("Numbat Others"), "Numbatize the garden", "DESIGN", "USD");
        Document anonymous = page(get(SEARCH));
        assertThat(anonymous.select(".posting-card .card-title").eachText())
                .containsExactlyInAnyOrder("Numbatize the catalogue", "Numbatize the garden");
        assertThat(anonymous.select("#results-heading").text()).isEqualTo("2 postings match");
        assertThat(anonymous.select(".vetted-mark")).isEmpty();

        Document studentView = page(get(SEARCH).with(user(users.loadUserByUsername(student))));
        assertThat(studentView.select(".vetted-mark").eachText()).containsExactly("Vetted partner of " + uni.name());

        assertThat(page(get(SEARCH)).select(".vetted-mark")).isEmpty();
    }
}
