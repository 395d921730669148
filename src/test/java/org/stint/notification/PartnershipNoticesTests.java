package org.stint.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Fixtures.TestUniversity;

/** Partnership requests reach the career office, decisions reach the company: in the app and by e-mail. */
class PartnershipNoticesTests extends AppTestSupport {

    private List<String> titlesFor(long userId) {
        return jdbc.sql("select title from notifications where user_id = :u order by id")
                .param("u", userId)
                .query(String.class)
                .list();
    }

    private List<String> emailsTo(String address) {
        return jdbc.sql("""
                        select serialized_event from event_publication
                        where event_type like '%EmailRequested' and serialized_event like :to
                        """)
                .param("to", "%\"" + address + "\"%")
                .query(String.class)
                .list();
    }

    @Test
    void requestAndDeclineNotifyTheOtherSideWithTheReason() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        TestUniversity uni = fixtures.university(false);
        TestCompany company = fixtures.company("Noticed Co");
        mvc.perform(post("/employer/partnerships")
                        .param("universityId", Long.toString(uni.id()))
                        .param("message", "Hello")
                        .with(csrf())
                        .with(as(company.memberEmail())))
                .andExpect(redirectedUrl("/employer/partnerships"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(titlesFor(uni.staffId()))
                        .containsExactly(company.name() + " asks to become a partner of " + uni.name()));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(emailsTo(uni.staffEmail())).hasSize(1));

        long id = jdbc.sql("select id from partnerships where university_id = :u")
                .param("u", uni.id())
                .query(Long.class)
                .single();
        org.jsoup.nodes.Document overview = org.stint.testsupport.Html.parse(
                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/university")
                                .with(as(uni.staffEmail())))
                        .andReturn());
        assertThat(overview.select(".pending-partnerships").text())
                .isEqualTo("One partnership request waits for your decision.");
        assertThat(overview.select(".pending-partnerships a").attr("href")).isEqualTo("/university/partnerships");
        assertThat(unreadFor(uni.staffId())).isOne();

        mvc.perform(post("/university/partnerships/" + id + "/decline")
                        .param("reason", "We need a UK office.")
                        .with(csrf())
                        .with(as(uni.staffEmail())))
                .andExpect(redirectedUrl("/university/partnerships/" + id));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(titlesFor(company.memberId()))
                        .containsExactly(uni.name() + " declined your partnership request"));
        String body = jdbc.sql("select body from notifications where user_id = :u")
                .param("u", company.memberId())
                .query(String.class)
                .single();
        assertThat(body).contains("We need a UK office.");
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(unreadFor(uni.staffId()))
                        .as("the career office's notice of a decided request is read")
                        .isZero());
        assertThat(org.stint.testsupport.Html.parse(
                                mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                                        "/university")
                                                .with(as(uni.staffEmail())))
                                        .andReturn())
                        .select(".pending-partnerships"))
                .isEmpty();
    }

    private long unreadFor(long userId) {
        return jdbc.sql("select count(*) from notifications where user_id = :u and read_at is null")
                .param("u", userId)
                .query(Long.class)
                .single();
    }

    @Test
    void anInvitedColleagueGetsTheSignUpLinkByEmail() throws Exception {
        Fixtures fixtures = new Fixtures(jdbc);
        TestUniversity uni = fixtures.university(false);
        String colleague = "new.colleague@" + uni.domain();
        mvc.perform(post("/university/staff")
                        .param("email", colleague)
                        .with(csrf())
                        .with(as(uni.staffEmail())))
                .andExpect(redirectedUrl("/university/staff"));
        String token = jdbc.sql("select token from staff_invitations where email = :e")
                .param("e", colleague)
                .query(String.class)
                .single();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(emailsTo(colleague))
                        .singleElement()
                        .asString()
                        .contains("/signup/staff/" + token));
    }
}
