package org.stint.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.TestUniversity;
import org.stint.testsupport.Html;
import org.stint.testsupport.SessionCookie;

/**
 * Times are shown in the viewer's zone: their university's by default, their own choice once they
 * make one, UTC for visitors; the machine-readable {@code datetime} stays UTC.
 */
class TimeZoneTests extends AppTestSupport {

    private static final String PASSWORD = "a-good-password-1";

    /** 20:00 UTC on 15 January: 01:30 on the 16th in Kolkata, 20:00 in London (no summer time). */
    private static final Instant AT = Instant.parse("2026-01-15T20:00:00Z");

    @Autowired
    PasswordEncoder passwords;

    private String email;

    @BeforeEach
    void studentAtAnIndianUniversity() {
        Fixtures fixtures = new Fixtures(jdbc);
        TestUniversity uni = fixtures.university(false);
        jdbc.sql("update universities set time_zone = 'Asia/Kolkata' where id = :id")
                .param("id", uni.id())
                .update();
        long student = fixtures.student(uni, "Zoned Student", passwords.encode(PASSWORD));
        email = fixtures.email(student);
        jdbc.sql("""
                        insert into notifications (user_id, kind, title, body, link, created_at)
                        values (:u, 'positionFilled', 'Zoned notice', 'Body', '/applications', :at)
                        """).param("u", student).param("at", Timestamp.from(AT)).update();
    }

    private SessionCookie signedIn() throws Exception {
        SessionCookie browser = new SessionCookie();
        mvc.perform(get("/login").with(browser)).andDo(browser);
        mvc.perform(post("/login")
                        .with(browser)
                        .with(csrf())
                        .param("username", email)
                        .param("password", PASSWORD))
                .andDo(browser)
                .andExpect(redirectedUrl("/dashboard"));
        return browser;
    }

    private Element noticeTime(SessionCookie browser) throws Exception {
        Document page = Html.parse(mvc.perform(get("/notifications").with(browser))
                .andExpect(status().isOk())
                .andReturn());
        return page.selectFirst(".notice-list time");
    }

    @Test
    void timesFollowTheUniversitysZoneThenTheUsersChoiceAndStayUtcForMachines() throws Exception {
        SessionCookie browser = signedIn();
        Element time = noticeTime(browser);
        assertThat(time.text()).isEqualTo("16 Jan 2026, 01:30");
        assertThat(time.attr("datetime")).isEqualTo("2026-01-15T20:00:00Z");

        Document settings = Html.parse(mvc.perform(get("/account").with(browser))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(settings.select("#timeZone option[selected]").text())
                .isEqualTo("Your university's time zone (Asia/Kolkata)");
        assertThat(settings.select("#timeZone optgroup[label=Europe] option").eachText())
                .contains("Europe/London")
                .isSorted();
        assertThat(settings.select("label[for=timeZone]")).isNotEmpty();

        mvc.perform(post("/account/time-zone").with(browser).with(csrf()).param("timeZone", "Europe/London"))
                .andDo(browser)
                .andExpect(redirectedUrl("/account"));
        assertThat(noticeTime(browser).text())
                .as("the next page already uses the new zone, without signing in again")
                .isEqualTo("15 Jan 2026, 20:00");
        assertThat(jdbc.sql("select time_zone from users where email = :e")
                        .param("e", email)
                        .query(String.class)
                        .single())
                .isEqualTo("Europe/London");

        mvc.perform(post("/account/time-zone").with(browser).with(csrf()).param("timeZone", ""))
                .andDo(browser)
                .andExpect(redirectedUrl("/account"));
        assertThat(noticeTime(browser).text()).as("back to the university's").isEqualTo("16 Jan 2026, 01:30");
    }

    @Test
    void aZoneNotOnTheListIsAMessageNextToTheField() throws Exception {
        SessionCookie browser = signedIn();
        Document page = Html.parse(mvc.perform(
                        post("/account/time-zone").with(browser).with(csrf()).param("timeZone", "Mars/Olympus_Mons"))
                .andDo(browser)
                .andExpect(status().isOk())
                .andReturn());
        assertThat(page.select("#timeZone-error").text()).isEqualTo("Choose a time zone from the list.");
        assertThat(page.select("#timeZone").attr("aria-invalid")).isEqualTo("true");
        assertThat(jdbc.sql("select count(*) from users where email = :e and time_zone is null")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void aVisitorSeesUtc() throws Exception {
        assertThat(new org.stint.system.MachineTimes().date(AT)).isEqualTo("15 Jan 2026");
        assertThat(new org.stint.system.MachineTimes().iso(AT)).isEqualTo("2026-01-15T20:00:00Z");
    }
}
