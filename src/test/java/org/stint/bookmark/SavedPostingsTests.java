package org.stint.bookmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Html;

/**
 * Bookmarks: a student saves postings from a posting page or a card (plain form posts), finds them
 * under Saved postings, and sees which of them closed or were taken down since.
 */
class SavedPostingsTests extends AppTestSupport {

    private Person student;

    private TestCompany employer;

    private RequestPostProcessor asStudent;

    @BeforeEach
    void setUp() {
        student = data.student().create();
        employer = data.company().create();
        asStudent = as(student.email());
    }

    private void save(long posting, String back, String expectedRedirect) throws Exception {
        var request = post("/saved-postings").with(csrf()).with(asStudent).param("postingId", String.valueOf(posting));
        if (back != null) {
            request.param("back", back);
        }
        mvc.perform(request).andExpect(redirectedUrl(expectedRedirect));
    }

    private Document page(String url) throws Exception {
        return Html.parse(
                mvc.perform(get(url).with(asStudent)).andExpect(status().isOk()).andReturn());
    }

    @Test
    void aSavedPostingShowsAsSavedOnItsPageOnItsCardAndInTheList() throws Exception {
        long posting = data.posting(employer.id()).create();
        String title = jdbc.sql("select title from postings where id = :id")
                .param("id", posting)
                .query(String.class)
                .single();

        Document before = page("/postings/" + posting);
        Element button = before.selectFirst(".posting-summary form.save-posting button");
        assertThat(button).isNotNull();
        assertThat(button.text()).isEqualTo("Save");
        assertThat(before.select(".posting-summary form.save-posting input[name=_csrf]"))
                .as("a form post with its CSRF token")
                .hasSize(1);

        save(posting, "/postings/" + posting, "/postings/" + posting);
        save(posting, null, "/postings/" + posting); // twice keeps one

        assertThat(jdbc.sql("select count(*) from saved_postings where student_id = :s")
                        .param("s", student.userId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Document after = page("/postings/" + posting);
        assertThat(after.select(".posting-summary form.save-posting").attr("action"))
                .isEqualTo("/saved-postings/" + posting + "/delete");
        assertThat(after.select(".posting-summary .save-button.is-saved").text())
                .startsWith("Saved");

        Document browse = page("/postings?sort=NEWEST");
        Element card = browse.select("article.posting-card").stream()
                .filter(c -> c.select(".card-title a").attr("href").equals("/postings/" + posting))
                .findFirst()
                .orElseThrow();
        assertThat(card.select(".save-button.is-saved")).hasSize(1);
        assertThat(card.select("input[name=back]").val()).isEqualTo("/postings?sort=NEWEST");

        Document list = page("/saved-postings");
        assertThat(list.select(".saved-posting a").attr("href")).isEqualTo("/postings/" + posting);
        assertThat(list.select(".saved-posting .notice-title").text()).isEqualTo(title);
        assertThat(list.select(".saved-posting .saved-state").text()).startsWith("Open: apply by");
    }

    @Test
    void postingsThatCloseOrAreTakenDownStayListedAndSaySo() throws Exception {
        long open = data.posting(employer.id()).create();
        long closing = data.posting(employer.id()).create();
        long hidden = data.posting(employer.id()).create();
        long expiring = data.posting(employer.id()).create();
        for (long posting : new long[] {open, closing, hidden, expiring}) {
            save(posting, "/saved-postings", "/saved-postings");
        }
        jdbc.sql("update postings set status = 'CLOSED', closed_reason = 'MANUAL', closed_at = now() where id = :id")
                .param("id", closing)
                .update();
        jdbc.sql("update postings set status = 'CLOSED', closed_reason = 'MANUAL', closed_at = now(),"
                        + " hidden_at = now(), hidden_reason = 'Asks for a deposit.' where id = :id")
                .param("id", hidden)
                .update();
        jdbc.sql("update postings set application_deadline = :d where id = :id")
                .param("d", LocalDate.now().minusDays(1))
                .param("id", expiring)
                .update();

        Document list = page("/saved-postings");

        assertThat(state(list, open)).startsWith("Open: apply by");
        assertThat(state(list, closing)).isEqualTo("Closed: no longer takes applications");
        assertThat(state(list, expiring)).startsWith("Deadline passed on");
        assertThat(state(list, hidden)).isEqualTo("No longer available: removed from Stint");
        assertThat(item(list, hidden).select("a"))
                .as("no link to a page that is gone")
                .isEmpty();

        mvc.perform(post("/saved-postings/" + hidden + "/delete").with(csrf()).with(asStudent))
                .andExpect(redirectedUrl("/saved-postings"));
        assertThat(page("/saved-postings").select(".saved-posting")).hasSize(3);
    }

    @Test
    void aPostingTheStudentMayNotSeeCannotBeSaved() throws Exception {
        long draft = data.posting(employer.id())
                .status("DRAFT")
                .deadline(LocalDate.now().plusDays(10))
                .create();

        mvc.perform(post("/saved-postings").with(csrf()).with(asStudent).param("postingId", String.valueOf(draft)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from saved_postings where posting_id = :p")
                        .param("p", draft)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theWayBackStaysOnThisSite() throws Exception {
        long posting = data.posting(employer.id()).create();
        save(posting, "//evil.example/x", "/postings/" + posting);
        save(posting, "https://evil.example/", "/postings/" + posting);
        save(posting, "/\\evil.example", "/postings/" + posting);
        save(posting, "/postings?q=data", "/postings?q=data");
        assertThat(SavedPostingsController.backTo("/a\r\nSet-Cookie: x", "/f")).isEqualTo("/f");
    }

    @Test
    void onlyStudentsHaveSavedPostingsAndTheButtonNeedsATokenAndASignIn() throws Exception {
        long posting = data.posting(employer.id()).create();
        assertThat(Html.parse(mvc.perform(get("/postings/" + posting)).andReturn())
                        .select("form.save-posting"))
                .as("visitors see no Save button")
                .isEmpty();
        assertThat(Html.parse(mvc.perform(get("/postings/" + posting).with(as(employer.memberEmail())))
                                .andReturn())
                        .select("form.save-posting"))
                .isEmpty();
        mvc.perform(post("/saved-postings").with(asStudent).param("postingId", String.valueOf(posting)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/saved-postings")
                        .with(SecurityMockMvcRequestPostProcessors.csrf())
                        .param("postingId", String.valueOf(posting)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from saved_postings where posting_id = :p")
                        .param("p", posting)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static Element item(Document list, long posting) {
        return list.select(".saved-posting").stream()
                .filter(li ->
                        li.select("form.save-posting").attr("action").equals("/saved-postings/" + posting + "/delete"))
                .findFirst()
                .orElseThrow();
    }

    private static String state(Document list, long posting) {
        return item(list, posting).select(".saved-state").text();
    }
}
