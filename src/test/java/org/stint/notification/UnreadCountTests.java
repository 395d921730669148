package org.stint.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures;

/** The bell's unread count changes on the next page after a notice or "mark all read". */
class UnreadCountTests extends AppTestSupport {

    @Autowired
    NoticeService notices;

    @Autowired
    PlatformTransactionManager transactions;

    /** The count on the bell of a page, or null without a count badge. */
    private String bell(UserDetails viewer) throws Exception {
        String html = mvc.perform(get("/about").with(user(viewer)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Element count = Jsoup.parse(html).selectFirst("a.bell .bell-count");
        return count == null ? null : count.text();
    }

    @Test
    void aNoticeShowsOnTheNextPageAndMarkingAllReadClearsIt() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        long student = fixtures.student(fixtures.university(false), "Bell Student");
        UserDetails viewer = users.loadUserByUsername(fixtures.email(student));
        assertThat(bell(viewer)).isNull();

        notices.notify(List.of(student), "positionFilled", "/postings/1", "Kept Count Posting");
        assertThat(bell(viewer)).isEqualTo("1");
        notices.notify(List.of(student), "positionFilled", "/postings/1", "Kept Count Posting");
        assertThat(bell(viewer)).isEqualTo("2");

        mvc.perform(post("/notifications/read").with(csrf()).with(user(viewer)));
        assertThat(bell(viewer)).isNull();
    }

    /** Opening a notice from the list marks it read and leads to what it is about. */
    @Test
    void openingANoticeMarksItReadAndLeadsToItsPage() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        long student = fixtures.student(fixtures.university(false), "Opening Student");
        long other = fixtures.student(fixtures.university(false), "Other Opening Student");
        UserDetails viewer = users.loadUserByUsername(fixtures.email(student));
        notices.notify(List.of(student), "positionFilled", "/postings/1", "Opened Posting");
        notices.notify(List.of(student), "positionFilled", "/postings/2", "Unopened Posting");
        assertThat(bell(viewer)).isEqualTo("2");

        String list = mvc.perform(get("/notifications").with(user(viewer)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Element link = Jsoup.parse(list).select(".notice-title a").stream()
                .filter(a -> a.text().contains("Opened Posting"))
                .findFirst()
                .orElseThrow();
        assertThat(link.attr("href")).startsWith("/notifications/");
        mvc.perform(get(link.attr("href")).with(user(viewer)))
                .andExpect(
                        org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/postings/1"));
        assertThat(bell(viewer)).isEqualTo("1");

        mvc.perform(get(link.attr("href")).with(as(fixtures.email(other))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                        .isNotFound());
    }

    /** Nothing is kept between pages: a change another instance writes shows at the next page. */
    @Test
    void aChangeWrittenElsewhereShowsAtTheNextPage() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        long student = fixtures.student(fixtures.university(false), "Elsewhere Bell Student");
        UserDetails viewer = users.loadUserByUsername(fixtures.email(student));
        notices.notify(List.of(student), "positionFilled", "/postings/1", "Elsewhere Posting");
        assertThat(bell(viewer)).isEqualTo("1");

        jdbc.sql("update notifications set read_at = now() where user_id = :u")
                .param("u", student)
                .update();
        assertThat(bell(viewer)).isNull();
    }

    @Test
    void aCountReadInsideARolledBackNoticeIsNotKept() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        long student = fixtures.student(fixtures.university(false), "Rolled Back Bell Student");
        UserDetails viewer = users.loadUserByUsername(fixtures.email(student));

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            notices.notify(List.of(student), "positionFilled", "/postings/1", "Never Sent Posting");
            assertThat(notices.unreadCount(student)).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(bell(viewer)).isNull();
    }
}
