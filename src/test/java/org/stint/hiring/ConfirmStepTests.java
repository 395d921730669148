package org.stint.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;

/**
 * Withdraw, hire, mark complete, approve a partner and disable a user ask first, on a page that
 * works without JavaScript: one POST alone changes nothing. A withdrawal can be undone for ten
 * minutes, with the undo in the history.
 */
class ConfirmStepTests extends PartiesTestSupport {

    ConfirmStepTests() {
        super("Careful Co", "Casey Careful");
    }

    private long application(String status) {
        long posting = data.posting(company).title("Careful work").create();
        long id = data.application(posting, student).inState(status).create();
        jdbc.sql("""
                        insert into application_events (application_id, from_status, to_status, actor_user_id, occurred_at)
                        values (:a, null, 'SUBMITTED', :s, now() - interval '5 days')
                        """).param("a", id).param("s", student).update();
        return id;
    }

    private String statusOf(long application) {
        return jdbc.sql("select status from applications where id = :a")
                .param("a", application)
                .query(String.class)
                .single();
    }

    /** The first submit's answer: a page saying what will happen, a "Yes" form posting back with a token, and Cancel. */
    private Element confirmPage(MockHttpServletRequestBuilder first, String action, String cancel, String yes)
            throws Exception {
        Document page = Html.parse(
                mvc.perform(first.with(csrf())).andExpect(status().isOk()).andReturn());
        PageChecks.assertUsable(page, action);
        Element form = page.selectFirst("main form[method=post][action=" + action + "]");
        assertThat(form).as("the Yes form of " + action).isNotNull();
        assertThat(form.select("input[name=_csrf]").val()).isNotEmpty();
        assertThat(form.select("input[type=hidden][name=confirmed]").val()).isEqualTo("yes");
        assertThat(form.select("button[type=submit]").text()).isEqualTo(yes);
        assertThat(form.select("a:containsOwn(Cancel)").attr("href")).isEqualTo(cancel);
        assertThat(page.select(".confirm-what").text()).isNotBlank();
        return page.selectFirst("main");
    }

    @Test
    void aSinglePostOfAnIrreversibleActionOnlyAsks() throws Exception {
        long open = application("SHORTLISTED");
        Element withdraw = confirmPage(
                post("/applications/" + open + "/withdraw").with(as(studentEmail)),
                "/applications/" + open + "/withdraw",
                "/applications/" + open,
                "Yes, withdraw my application");
        assertThat(withdraw.select(".confirm-what").text()).contains("Careful work", "10 minutes");
        assertThat(statusOf(open)).isEqualTo("SHORTLISTED");

        Element hire = confirmPage(
                post("/employer/applications/" + open + "/hire").with(as(company.memberEmail())),
                "/employer/applications/" + open + "/hire",
                "/employer/applications/" + open,
                "Yes, hire");
        assertThat(hire.select(".confirm-what").text()).contains("Casey Careful", "cannot be undone");
        assertThat(statusOf(open)).isEqualTo("SHORTLISTED");

        long hired = application("HIRED");
        Element complete = confirmPage(
                post("/employer/applications/" + hired + "/complete")
                        .with(as(company.memberEmail()))
                        .param("hoursWorked", "37.5"),
                "/employer/applications/" + hired + "/complete",
                "/employer/applications/" + hired,
                "Yes, mark complete");
        assertThat(complete.select("input[type=hidden][name=hoursWorked]").val())
                .isEqualTo("37.5");
        assertThat(complete.select(".confirm-what").text()).contains("37.5 hours worked");
        assertThat(statusOf(hired)).isEqualTo("HIRED");
        mvc.perform(post("/employer/applications/" + hired + "/complete")
                        .with(csrf())
                        .with(as(company.memberEmail()))
                        .param("hoursWorked", "37.5")
                        .param("confirmed", "yes"))
                .andExpect(flash().attribute("flash", "hiring.complete.done"));
        assertThat(statusOf(hired)).isEqualTo("COMPLETED");

        data.partnership(university, company, "REQUESTED");
        long partnership = jdbc.sql("select id from partnerships where university_id = :u and company_id = :c")
                .param("u", university.id())
                .param("c", company.id())
                .query(Long.class)
                .single();
        Element approve = confirmPage(
                post("/university/partnerships/" + partnership + "/approve").with(as(university.staffEmail())),
                "/university/partnerships/" + partnership + "/approve",
                "/university/partnerships/" + partnership,
                "Yes, approve");
        assertThat(approve.select(".confirm-what").text()).contains(company.name());
        assertThat(jdbc.sql("select status from partnerships where id = :p")
                        .param("p", partnership)
                        .query(String.class)
                        .single())
                .isEqualTo("REQUESTED");

        String admin = data.admin().email();
        Element disable = confirmPage(
                post("/admin/users/" + student + "/disable").with(as(admin)),
                "/admin/users/" + student + "/disable",
                "/admin/users",
                "Yes, disable the account");
        assertThat(disable.select(".confirm-what").text()).contains("Casey Careful", studentEmail);
        assertThat(jdbc.sql("select enabled from users where id = :u")
                        .param("u", student)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theConfirmStepRevealsNothingOfOtherPeoplesObjects() throws Exception {
        long open = application("SUBMITTED");
        long other = data.student(university, "Someone Else");
        mvc.perform(post("/applications/" + open + "/withdraw").with(csrf()).with(as(data.email(other))))
                .andExpect(status().isNotFound());
        TestCompany otherCompany = data.company("Other Co");
        mvc.perform(post("/employer/applications/" + open + "/hire")
                        .with(csrf())
                        .with(as(otherCompany.memberEmail())))
                .andExpect(status().isNotFound());
        assertThat(statusOf(open)).isEqualTo("SUBMITTED");
    }

    @Test
    void aWithdrawalCanBeUndoneForTenMinutesAndTheHistorySaysSo() throws Exception {
        long application = application("SHORTLISTED");
        String mine = "/applications/" + application;
        mvc.perform(post(mine + "/withdraw").with(csrf()).with(as(studentEmail)).param("confirmed", "yes"))
                .andExpect(flash().attribute("flash", "hiring.withdraw.done"));
        assertThat(statusOf(application)).isEqualTo("WITHDRAWN");

        Document withdrawn =
                Html.parse(mvc.perform(get(mine).with(as(studentEmail))).andReturn());
        PageChecks.assertUsable(withdrawn, mine);
        assertThat(withdrawn
                        .select("form[action=" + mine + "/withdraw/undo] button")
                        .text())
                .isEqualTo("Undo withdraw");
        assertThat(withdrawn.select("form.undo .hint").text()).startsWith("Changed your mind? You can undo");

        mvc.perform(post(mine + "/withdraw/undo").with(csrf()).with(as(studentEmail)))
                .andExpect(flash().attribute("flash", "hiring.undo.done"));
        assertThat(statusOf(application)).isEqualTo("SHORTLISTED");
        Document back = Html.parse(mvc.perform(get(mine).with(as(studentEmail))).andReturn());
        assertThat(back.select(".timeline li strong").eachText())
                .containsExactly("Submitted", "Withdrawn", "Shortlisted");
        assertThat(back.select(".timeline li").last().text()).contains("Withdrawal undone.", "Casey Careful");
        assertThat(back.select("form.undo")).isEmpty();
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("select kind from notifications where user_id = :u")
                                .param("u", company.memberId())
                                .query(String.class)
                                .list())
                        .contains("applicationWithdrawn", "withdrawalUndone"));

        // withdrawn again, and (the whole history moved back) eleven minutes ago: too late
        mvc.perform(post(mine + "/withdraw").with(csrf()).with(as(studentEmail)).param("confirmed", "yes"))
                .andExpect(flash().attribute("flash", "hiring.withdraw.done"));
        jdbc.sql("""
                        update application_events set occurred_at = occurred_at - interval '11 minutes'
                        where application_id = :a
                        """).param("a", application).update();
        assertThat(Html.parse(mvc.perform(get(mine).with(as(studentEmail))).andReturn())
                        .select("form.undo"))
                .isEmpty();
        mvc.perform(post(mine + "/withdraw/undo").with(csrf()).with(as(studentEmail)))
                .andExpect(flash().attribute("flashError", "hiring.undo.tooLate"));
        assertThat(statusOf(application)).isEqualTo("WITHDRAWN");
    }

    @Test
    void onlyTheStudentsOwnWithdrawalCanBeUndoneAndNotOnAClosedPosting() throws Exception {
        long application = application("SUBMITTED");
        String mine = "/applications/" + application;
        mvc.perform(post(mine + "/withdraw/undo").with(csrf()).with(as(studentEmail)))
                .andExpect(flash().attribute("flashError", "hiring.undo.notWithdrawn"));
        mvc.perform(post(mine + "/withdraw").with(csrf()).with(as(studentEmail)).param("confirmed", "yes"))
                .andExpect(flash().attribute("flash", "hiring.withdraw.done"));
        long other = data.student(university, "Someone Else");
        mvc.perform(post(mine + "/withdraw/undo").with(csrf()).with(as(data.email(other))))
                .andExpect(status().isNotFound());
        jdbc.sql("update postings set status = 'CLOSED', closed_at = now(), closed_reason = 'MANUAL'"
                        + " where id = (select posting_id from applications where id = :a)")
                .param("a", application)
                .update();
        mvc.perform(post(mine + "/withdraw/undo").with(csrf()).with(as(studentEmail)))
                .andExpect(flash().attribute("flashError", "hiring.undo.closed"));
        assertThat(statusOf(application)).isEqualTo("WITHDRAWN");
    }
}
