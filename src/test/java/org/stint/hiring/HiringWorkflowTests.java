package org.stint.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stint.testsupport.AppTest;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Co;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;

/** The hiring workflow through the real web layer, security and database. */
@AppTest
class HiringWorkflowTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private Fixtures data;

    private Co employer;

    private Person student;

    @BeforeEach
    void people() {
        data = new Fixtures(jdbc);
        employer = data.company().create();
        student = data.student().create();
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private Document page(String url, String email) throws Exception {
        Document page = Html.parse(
                mvc.perform(get(url).with(as(email))).andExpect(status().isOk()).andReturn());
        PageChecks.assertUsable(page, url);
        return page;
    }

    private long applicationOf(long postingId, long studentId) {
        return jdbc.sql("select id from applications where posting_id = :p and student_id = :s")
                .param("p", postingId)
                .param("s", studentId)
                .query(Long.class)
                .single();
    }

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
        mvc.perform(post(base + "/complete")
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("hoursWorked", "37.5"))
                .andExpect(flash().attribute("flash", "hiring.complete.done"));
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

    /**
     * After applying, the posting says when and links to the application instead of "Apply now";
     * a list marks the posting too. Another student still sees the button and no mark.
     */
    @Test
    void aPostingAndItsCardSayThatTheStudentApplied() throws Exception {
        long posting = data.posting(employer.id())
                .hourly(2000, "USD")
                .hours(10)
                .openings(2)
                .create();
        mvc.perform(post("/postings/" + posting + "/apply")
                        .with(csrf())
                        .with(as(student.email()))
                        .param("coverNote", "I can start on Monday."))
                .andExpect(status().isFound());
        long application = applicationOf(posting, student.userId());
        String today = java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                .format(LocalDate.now(java.time.ZoneOffset.UTC));

        Document page = page("/postings/" + posting, student.email());
        assertThat(page.select("#applied").text()).isEqualTo("You applied on " + today + " — view your application");
        assertThat(page.select("#applied a").attr("href")).isEqualTo("/applications/" + application);
        assertThat(page.select("a:containsOwn(Apply now)")).isEmpty();

        Document list = page("/postings", student.email());
        var card = list.select("article.posting-card:has(a[href=/postings/" + posting + "])");
        assertThat(card).hasSize(1);
        assertThat(card.select(".applied-mark").text()).isEqualTo("You applied on " + today);
        assertThat(card.select(".applied-mark a").attr("href")).isEqualTo("/applications/" + application);

        Person other = data.student().create();
        Document theirs = page("/postings/" + posting, other.email());
        assertThat(theirs.select("#applied")).isEmpty();
        assertThat(theirs.select("a:containsOwn(Apply now)").attr("href")).isEqualTo("/postings/" + posting + "/apply");
        assertThat(page("/postings", other.email()).select(".applied-mark a[href=/applications/" + application + "]"))
                .isEmpty();
    }

    @Test
    void theApplyFormSaysWhetherACvGoesWithTheApplication() throws Exception {
        long posting = data.posting(employer.id())
                .hourly(2000, "USD")
                .hours(10)
                .openings(2)
                .create();
        Document without = page("/postings/" + posting + "/apply", student.email());
        assertThat(without.select("#apply-cv").text()).startsWith("There is no CV on your profile");
        assertThat(without.select("#apply-cv a").attr("href")).isEqualTo("/profile");

        byte[] pdf = "%PDF-1.4\n% a tiny test CV\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        jdbc.sql("insert into student_cvs (student_id, file_name, size_bytes, content) values (:s, 'cv.pdf', :n, :c)")
                .param("s", student.userId())
                .param("n", pdf.length)
                .param("c", pdf)
                .update();
        Document with = page("/postings/" + posting + "/apply", student.email());
        assertThat(with.select("#apply-cv").text()).isEqualTo("The CV on your profile goes with your application.");
    }

    /** A graduation year is a year ("2027"), and choices and numbers left out say what to give. */
    @Test
    void yearsReadAsYearsAndMissingChoicesSayWhatToChoose() throws Exception {
        long posting = data.posting(employer.id())
                .hourly(2000, "USD")
                .hours(10)
                .openings(2)
                .create();
        long application =
                data.application(posting, student.userId()).status("HIRED").create();
        Document applicants = page("/employer/postings/" + posting + "/applicants", employer.memberEmail());
        assertThat(applicants.select(".applicant").text())
                .contains("graduates 2027")
                .doesNotContain("2,027");

        String base = "/employer/applications/" + application;
        Document hours = Html.parse(mvc.perform(post(base + "/complete")
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("hoursWorked", "about forty"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(hours.select("#hoursWorked-error").text())
                .isEqualTo("Enter the hours worked as a number, for example 60 or 37.5.");
        mvc.perform(post(base + "/complete")
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("hoursWorked", "40"))
                .andExpect(flash().attribute("flash", "hiring.complete.done"));

        Document rating = Html.parse(mvc.perform(post(base + "/rating")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("comment", "Good work."))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(rating.select(".rating .field-error").text())
                .isEqualTo("Choose a rating from 1 (poor) to 5 (excellent).");
        Document studentsRating = Html.parse(mvc.perform(post("/applications/" + application + "/rating")
                        .with(csrf())
                        .with(as(student.email())))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(studentsRating.select(".rating .field-error").text())
                .isEqualTo("Choose a rating from 1 (poor) to 5 (excellent).");
    }

    @Test
    void stepsTheWorkflowDoesNotAllowAreRefusedWithAMessage() throws Exception {
        long posting = data.posting(employer.id()).hourly(2000, "USD").hours(10).create();
        long application = data.application(posting, student.userId()).create();
        String base = "/employer/applications/" + application;

        mvc.perform(post(base + "/hire").param("confirmed", "yes").with(csrf()).with(as(employer.memberEmail())))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("flashError", "hiring.refused.to.HIRED"));
        mvc.perform(post(base + "/complete")
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("hoursWorked", "10"))
                .andExpect(flash().attribute("flashError", "hiring.refused.to.COMPLETED"));
        mvc.perform(post(base + "/rating")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("rating", "5"))
                .andExpect(flash().attribute("flashError", "hiring.refused.notCompleted"));
        Document badHours = Html.parse(mvc.perform(post(base + "/complete")
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("hoursWorked", "lots"))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(data.statusOf(application)).isEqualTo("SUBMITTED");
        assertThat(badHours.select("h1").text()).isEqualTo(student.name());

        mvc.perform(post("/applications/" + application + "/withdraw")
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(as(student.email())))
                .andExpect(flash().attribute("flash", "hiring.withdraw.done"));
        mvc.perform(post("/applications/" + application + "/withdraw")
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(as(student.email())))
                .andExpect(flash().attribute("flashError", "hiring.refused.to.WITHDRAWN"));
        mvc.perform(post(base + "/shortlist").with(csrf()).with(as(employer.memberEmail())))
                .andExpect(flash().attribute("flashError", "hiring.refused.to.SHORTLISTED"));
        assertThat(data.statusOf(application)).isEqualTo("WITHDRAWN");
    }

    @Test
    void closedDraftAndExpiredPostingsTakeNoApplications() throws Exception {
        long closed = data.posting(employer.id())
                .hourly(2000, "USD")
                .hours(10)
                .status("CLOSED")
                .deadline(LocalDate.now().plusDays(5))
                .create();
        long expired = data.posting(employer.id())
                .hourly(2000, "USD")
                .hours(10)
                .deadline(LocalDate.now().minusDays(1))
                .create();
        long draft = data.posting(employer.id())
                .hourly(2000, "USD")
                .hours(10)
                .status("DRAFT")
                .deadline(LocalDate.now().plusDays(5))
                .create();

        for (long posting : new long[] {closed, expired}) {
            mvc.perform(post("/postings/" + posting + "/apply")
                            .with(csrf())
                            .with(as(student.email()))
                            .param("coverNote", "Please"))
                    .andExpect(redirectedUrl("/postings/" + posting))
                    .andExpect(flash().attribute("flashError", "hiring.apply.closed"));
            Document page = page("/postings/" + posting, student.email());
            assertThat(page.select("a[href$=/apply]"))
                    .as("no Apply button on a closed posting")
                    .isEmpty();
        }
        mvc.perform(get("/postings/" + draft + "/apply").with(as(student.email())))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from applications where student_id = :s")
                        .param("s", student.userId())
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void nobodyReachesAnotherCompanysOrStudentsApplications() throws Exception {
        long posting = data.posting(employer.id()).hourly(2000, "USD").hours(10).create();
        long application = data.application(posting, student.userId()).create();
        Co otherEmployer = data.company().create();
        Person otherStudent = data.student().create();

        mvc.perform(get("/employer/postings/" + posting + "/applicants").with(as(otherEmployer.memberEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/employer/applications/" + application).with(as(otherEmployer.memberEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/employer/postings/" + posting + "/edit").with(as(otherEmployer.memberEmail())))
                .andExpect(status().isNotFound());
        for (String step : new String[] {"shortlist", "hire", "reject"}) {
            mvc.perform(post("/employer/applications/" + application + "/" + step)
                            .with(csrf())
                            .with(as(otherEmployer.memberEmail())))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(post("/employer/postings/" + posting + "/close")
                        .with(csrf())
                        .with(as(otherEmployer.memberEmail())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/applications/" + application).with(as(otherStudent.email())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/applications/" + application + "/withdraw")
                        .param("confirmed", "yes")
                        .with(csrf())
                        .with(as(otherStudent.email())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/employer/applications/" + application).with(as(student.email())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/postings/" + posting + "/apply")
                        .with(csrf())
                        .with(as(employer.memberEmail()))
                        .param("coverNote", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/employer/applications/" + application)).andExpect(redirectedUrl("/login"));
        assertThat(data.statusOf(application)).isEqualTo("SUBMITTED");

        // a colleague of the same company may act
        Person colleague = data.employer().of(employer.id()).create();
        mvc.perform(get("/employer/applications/" + application).with(as(colleague.email())))
                .andExpect(status().isOk());

        // the CV goes only to the company applied to, as an attachment that is never sniffed
        byte[] pdf = "%PDF-1.4\n% a tiny test CV\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        jdbc.sql("insert into student_cvs (student_id, file_name, size_bytes, content) values (:s, 'cv.pdf', :n, :c)")
                .param("s", student.userId())
                .param("n", pdf.length)
                .param("c", pdf)
                .update();
        String cv = "/employer/applications/" + application + "/cv";
        mvc.perform(get(cv).with(as(colleague.email())))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Type", "application/pdf"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .bytes(pdf));
        mvc.perform(get(cv).with(as(otherEmployer.memberEmail()))).andExpect(status().isNotFound());
        mvc.perform(get(cv).with(as(otherStudent.email()))).andExpect(status().isForbidden());
        mvc.perform(get(cv)).andExpect(redirectedUrl("/login"));
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
