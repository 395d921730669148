package org.stint.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;

/** Saved searches: each matching posting reaches the student exactly once, and unsubscribing needs no sign-in. */
class SavedSearchAlertsTests extends AppTestSupport {

    @Autowired
    AlertJob job;

    private Person student;

    private TestCompany employer;

    private String word;

    @BeforeEach
    void setUp() {
        student = data.student().create();
        employer = data.company().create();
        word = "wombat" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
    }

    private long savedSearch(String frequency) throws Exception {
        mvc.perform(post("/saved-searches")
                        .with(csrf())
                        .with(as(student.email()))
                        .param("query", "q=" + word + "&mode=REMOTE")
                        .param("name", "")
                        .param("frequency", frequency))
                .andExpect(redirectedUrl("/saved-searches"));
        return jdbc.sql("select id from saved_searches where student_id = :s")
                .param("s", student.userId())
                .query(Long.class)
                .single();
    }

    private long posting(String title) {
        long id = data.posting(employer.id()).create();
        jdbc.sql("update postings set title = :title, published_at = now() + interval '1 second' where id = :id")
                .param("title", title)
                .param("id", id)
                .update();
        return id;
    }

    private List<String> alertsSent() {
        return jdbc.sql("select body from notifications where user_id = :s and kind = 'savedSearch' order by id")
                .param("s", student.userId())
                .query(String.class)
                .list();
    }

    @Test
    void eachNewMatchIsSentOnceAndNothingIsSentTwice() throws Exception {
        long search = savedSearch("INSTANT");
        posting("Remote " + word + " research");
        jdbc.sql("update postings set work_mode = 'ONSITE', city = 'Leeds' where title = :t")
                .param("t", "Onsite " + word)
                .update();
        long onsite = posting("Onsite " + word + " work");
        jdbc.sql("update postings set work_mode = 'ONSITE', city = 'Leeds' where id = :id")
                .param("id", onsite)
                .update();

        job.run();
        job.run();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> alertsSent().size() == 1);
        assertThat(alertsSent().get(0))
                .as("the in-app notice is short and readable: no addresses, no unsubscribe link")
                .contains("Remote " + word + " research")
                .doesNotContain("Onsite")
                .doesNotContain("http")
                .doesNotContain("/alerts/unsubscribe/")
                .doesNotContain("\n");
        assertThat(jdbc.sql("select link from notifications where user_id = :s and kind = 'savedSearch'")
                        .param("s", student.userId())
                        .query(String.class)
                        .list())
                .allSatisfy(link -> assertThat(link).startsWith("/postings?"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                                        select serialized_event from event_publication
                                        where event_type like '%EmailRequested' and serialized_event like :word
                                        """)
                                .param("word", "%Remote " + word + " research%")
                                .query(String.class)
                                .list())
                        .as("the e-mail keeps the full list with addresses and the unsubscribe link")
                        .isNotEmpty()
                        .allSatisfy(
                                mail -> assertThat(mail).contains("/postings/").contains("/alerts/unsubscribe/")));

        posting("Another remote " + word);
        job.run();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> alertsSent().size() == 2);
        assertThat(alertsSent().get(1)).contains("Another remote " + word).doesNotContain("research");
        assertThat(jdbc.sql("select count(*) from saved_search_deliveries where saved_search_id = :id")
                        .param("id", search)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void jobsRunningAtTheSameMomentStillSendEachPostingOnce() throws Exception {
        long search = savedSearch("INSTANT");
        posting("Remote " + word + " one");
        posting("Remote " + word + " two");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> {
                start.await();
                job.run();
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();

        assertThat(jdbc.sql("select count(*) from saved_search_deliveries where saved_search_id = :id")
                        .param("id", search)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> alertsSent().size() == 1);
        Thread.sleep(500);
        assertThat(alertsSent()).hasSize(1);
    }

    @Test
    void aDailySearchWaitsForItsDayAndThenSendsWhatArrivedMeanwhile() throws Exception {
        long search = savedSearch("DAILY");
        posting("Remote " + word + " morning");
        job.run();
        assertThat(alertsSent()).as("not due yet").isEmpty();

        jdbc.sql("update saved_searches set created_at = created_at - interval '25 hours' where id = :id")
                .param("id", search)
                .update();
        jdbc.sql("update postings set published_at = now() where title like :t")
                .param("t", "%" + word + "%")
                .update();
        job.run();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> alertsSent().size() == 1);
        assertThat(alertsSent().get(0)).contains("morning");
    }

    @Test
    void theUnsubscribeLinkWorksWithoutSigningIn() throws Exception {
        long search = savedSearch("INSTANT");
        String token = jdbc.sql("select unsubscribe_token from saved_searches where id = :id")
                .param("id", search)
                .query(String.class)
                .single();

        String confirm = Html.raw(mvc.perform(get("/alerts/unsubscribe/" + token))
                .andExpect(status().isOk())
                .andReturn());
        PageChecks.assertUsable(confirm, "/alerts/unsubscribe/{token}");
        Document done =
                Html.parse(mvc.perform(post("/alerts/unsubscribe/" + token).with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(done.select("[role=status]").text()).contains("no more e-mails");

        posting("Remote " + word + " after");
        job.run();
        Thread.sleep(500);
        assertThat(alertsSent()).isEmpty();
        mvc.perform(get("/alerts/unsubscribe/not-a-token")).andExpect(status().isNotFound());
    }

    @Test
    void studentsManageOnlyTheirOwnSavedSearches() throws Exception {
        long search = savedSearch("WEEKLY");
        Person other = data.student().create();
        org.jsoup.nodes.Document browse = Html.parse(
                mvc.perform(get("/postings?q=" + word + "&mode=REMOTE").with(as(student.email())))
                        .andExpect(status().isOk())
                        .andReturn());
        assertThat(browse.select("form.save-search input[name=query]").val()).contains("q=" + word, "mode=REMOTE");
        assertThat(Html.parse(mvc.perform(get("/postings")).andReturn()).select("form.save-search"))
                .as("only students can save searches")
                .isEmpty();
        String page = Html.raw(mvc.perform(get("/saved-searches").with(as(student.email())))
                .andExpect(status().isOk())
                .andReturn());
        PageChecks.assertUsable(page, "/saved-searches");
        assertThat(org.jsoup.Jsoup.parse(page).select(".notice-title a").text()).isEqualTo(word);

        mvc.perform(post("/saved-searches/" + search + "/delete").with(csrf()).with(as(other.email())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/saved-searches")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/saved-searches/" + search + "/delete").with(csrf()).with(as(student.email())))
                .andExpect(redirectedUrl("/saved-searches"));
        assertThat(jdbc.sql("select count(*) from saved_searches where id = :id")
                        .param("id", search)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
