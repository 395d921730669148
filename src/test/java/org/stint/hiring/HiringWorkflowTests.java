package org.stint.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.stint.testsupport.Html;

/**
 * The hiring workflow through the real web layer, security and database: a student applies once
 * and follows the application to completion and payment; an employer creates, publishes, closes
 * and reopens a posting.
 */
class HiringWorkflowTests extends HiringTestSupport {

    @Test
    void aStudentAppliesOnceAndFollowsTheApplicationToCompletionAndPayment() throws Exception {
        long posting = data.posting(employer.id())
                .hourly(2000, "USD")
                .hours(10)
                .openings(2)
                .create();

        Document form = page("/postings/" + posting + "/apply", student.email());
        assertThat(form.select("label[for=coverNote]").text()).isEqualTo("Cover note");
        mvc.perform(post("/postings/" + posting + "/apply")
                        .with(csrf())
                        .with(as(student.email()))
                        .param("coverNote", "I know SQL and can start on Monday."))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("flash", "hiring.apply.done"));
        long application = applicationOf(posting, student.userId());

        // a second try shows the existing application instead of creating another
        mvc.perform(post("/postings/" + posting + "/apply")
                        .with(csrf())
                        .with(as(student.email()))
                        .param("coverNote", "Again"))
                .andExpect(redirectedUrl("/applications/" + application))
                .andExpect(flash().attribute("flash", "hiring.apply.already"));
        mvc.perform(get("/postings/" + posting + "/apply").with(as(student.email())))
                .andExpect(redirectedUrl("/applications/" + application));

        Document applicants = page("/employer/postings/" + posting + "/applicants", employer.memberEmail());
        assertThat(applicants.select(".applicant .card-title").text()).isEqualTo(student.name());
        assertThat(applicants.select(".applicant .excerpt").text()).contains("I know SQL");

        String base = "/employer/applications/" + application;
        mvc.perform(post(base + "/shortlist").with(csrf()).with(as(employer.memberEmail())))
                .andExpect(flash().attribute("flash", "hiring.shortlist.done"));
        // the list, kept rendered while it is unchanged, shows the move at once
        Document shortlisted = page("/employer/postings/" + posting + "/applicants", employer.memberEmail());
        assertThat(shortlisted.select(".applicant .status").text()).isEqualTo("Shortlisted");
        mvc.perform(post(base + "/hire").param("confirmed", "yes").with(csrf()).with(as(employer.memberEmail())))
                .andExpect(flash().attribute("flash", "hiring.hire.done"));
        complete(application, "37.5").andExpect(flash().attribute("flash", "hiring.complete.done"));
        mvc.perform(post(base + "/rating")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("rating", "5")
                        .param("comment", "Excellent analysis."))
                .andExpect(flash().attribute("flash", "hiring.rating.done"));

        // $20/h x 37.5 h = $750 owed; paying $700 needs a note saying why
        Document refused = Html.parse(mvc.perform(post(base + "/payment")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("amount", "700")
                        .param("currency", "USD")
                        .param("paidOn", LocalDate.now().toString()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(refused.select("#note-error").text()).contains("The amount owed is $750");
        assertThat(refused.select("#amount").val()).isEqualTo("700");
        mvc.perform(post(base + "/payment")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("amount", "700")
                        .param("currency", "USD")
                        .param("paidOn", LocalDate.now().toString())
                        .param("reference", "INV-7")
                        .param("note", "Agreed: 2.5 hours were unpaid training."))
                .andExpect(flash().attribute("flash", "hiring.payment.done"));

        assertThat(data.statusOf(application)).isEqualTo("COMPLETED");
        Document studentView = page("/applications/" + application, student.email());
        assertThat(studentView.select(".timeline li strong").eachText())
                .containsExactly("Submitted", "Shortlisted", "Hired", "Completed");
        assertThat(studentView.select(".facts").text()).contains("37.5", "5 out of 5", "Excellent analysis.");
        assertThat(studentView.select("a[href^=/verify/]")).hasSize(1);

        mvc.perform(post("/applications/" + application + "/rating")
                        .with(csrf())
                        .with(as(student.email()))
                        .param("rating", "4")
                        .param("comment", "Clear brief, quick answers."))
                .andExpect(redirectedUrl("/applications/" + application + "?rated"));

        Document employerView = page(base, employer.memberEmail());
        assertThat(employerView.select(".posting-facts .facts").text()).contains("$750", "$700");
        assertThat(jdbc.sql("select employer_rating from applications where id = :id")
                        .param("id", application)
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);

        // the student heard about each step, in the app
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(
                        () -> assertThat(jdbc.sql("select kind from notifications where user_id = :id order by id")
                                        .param("id", student.userId())
                                        .query(String.class)
                                        .list())
                                .contains(
                                        "status.SHORTLISTED",
                                        "status.HIRED",
                                        "status.COMPLETED",
                                        "studentRated",
                                        "paymentRecorded"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("select kind from notifications where user_id = :id")
                                .param("id", employer.memberId())
                                .query(String.class)
                                .list())
                        .contains("applicationReceived", "employerRated"));
        Document notices = page("/notifications", student.email());
        assertThat(notices.select(".notice-title a").eachText()).anyMatch(t -> t.startsWith("You are hired"));
    }

    @Test
    void anEmployerCreatesPublishesClosesAndReopensAPosting() throws Exception {
        Document invalid = Html.parse(mvc.perform(post("/employer/postings")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("title", "Data")
                        .param("description", "Too short")
                        .param("category", "DATA")
                        .param("hoursPerWeek", "50")
                        .param("durationWeeks", "30")
                        .param("workMode", "ONSITE")
                        .param("country", "GB")
                        .param("payAmount", "-5")
                        .param("payCurrency", "USD")
                        .param("payType", "HOURLY")
                        .param("openings", "0")
                        .param(
                                "applicationDeadline",
                                LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(invalid.select("#title-error").text()).isEqualTo("Use between 5 and 120 characters.");
        assertThat(invalid.select("#hoursPerWeek-error").text()).isEqualTo("Enter 40 or less.");
        assertThat(invalid.select("#durationWeeks-error").text()).isEqualTo("Enter 26 or less.");
        assertThat(invalid.select("#city-error").text()).contains("city");
        assertThat(invalid.select("#payAmount-error").text()).isEqualTo("Enter 0.01 or more.");
        assertThat(invalid.select("#openings-error").text()).isEqualTo("Enter 1 or more.");
        assertThat(invalid.select("#applicationDeadline-error").text()).isEqualTo("Choose a date in the future.");
        assertThat(invalid.select("#title").val()).isEqualTo("Data");

        mvc.perform(post("/employer/postings")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("title", "Survey analysis for a charity")
                        .param("description", "Analyse 400 survey answers and write a two-page summary.")
                        .param("category", "RESEARCH")
                        .param("skills", "Excel, Statistics, Excel")
                        .param("hoursPerWeek", "15")
                        .param("durationWeeks", "3")
                        .param("workMode", "HYBRID")
                        .param("city", "Leeds")
                        .param("country", "GB")
                        .param("payAmount", "18.50")
                        .param("payCurrency", "GBP")
                        .param("payType", "HOURLY")
                        .param("openings", "2")
                        .param(
                                "applicationDeadline",
                                LocalDate.now().plusDays(14).toString()))
                .andExpect(status().isFound());
        long posting = jdbc.sql(
                        "select id from postings where company_id = :c and title = 'Survey analysis for a charity'")
                .param("c", employer.id())
                .query(Long.class)
                .single();
        assertThat(jdbc.sql(
                                "select status || ' ' || pay_amount_minor || ' ' || array_to_string(skills, '|') from postings where id = :id")
                        .param("id", posting)
                        .query(String.class)
                        .single())
                .isEqualTo("DRAFT 1850 Excel|Statistics");
        mvc.perform(get("/postings/" + posting)).andExpect(status().isNotFound());

        mvc.perform(post("/employer/postings/" + posting + "/publish")
                        .with(csrf())
                        .with(as(employer.memberEmail())))
                .andExpect(flash().attribute("flash", "posting.lifecycle.published"));
        Document published = Html.parse(mvc.perform(get("/postings/" + posting))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(published.select(".posting-summary .pay strong").text()).isEqualTo("£18.50 per hour");
        assertThat(published.select(".posting-summary .pay-estimate").text()).contains("£832.50");

        mvc.perform(post("/employer/postings/" + posting + "/publish")
                        .with(csrf())
                        .with(as(employer.memberEmail())))
                .andExpect(flash().attribute("flashError", "posting.lifecycle.notDraft"));
        mvc.perform(post("/employer/postings/" + posting + "/close")
                        .with(csrf())
                        .with(as(employer.memberEmail())))
                .andExpect(flash().attribute("flash", "posting.lifecycle.closed"));
        mvc.perform(post("/employer/postings/" + posting + "/reopen")
                        .with(csrf())
                        .with(as(employer.memberEmail())))
                .andExpect(flash().attribute("flash", "posting.lifecycle.reopened"));

        Document edit = page("/employer/postings/" + posting + "/edit", employer.memberEmail());
        assertThat(edit.select("#payAmount").val()).isEqualTo("18.50");
        assertThat(edit.select("#skills").val()).isEqualTo("Excel, Statistics");
        page("/employer/postings", employer.memberEmail());
    }
}
