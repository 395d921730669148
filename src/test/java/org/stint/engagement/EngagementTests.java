package org.stint.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import org.awaitility.Awaitility;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.stint.testsupport.AppTest;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Co;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Html;
import org.stint.testsupport.PageChecks;

/**
 * The engagement page through the real web layer, security and database: who may see and do what,
 * messages with notices and unread marks, deliverables and their file checks, reviews, milestones,
 * timesheets and the hour rules, completion from approved timesheets, and corrections whose history
 * is kept and whose figure the verification record and the university's reports show.
 *
 * <p>The posting of every test asks for 10 h a week for 4 weeks: up to 44 h in all without a
 * confirmation. The student was hired five weeks ago, so six weeks are open for timesheets.
 */
@AppTest
class EngagementTests {

    /** Northbridge's career office, from the demo data: the test students study there. */
    private static final String OWN_STAFF = "careers@northbridge.edu";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private Fixtures data;

    private Co employer;

    private Person student;

    private long engagement;

    private final LocalDate thisWeek = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));

    @BeforeEach
    void hired() {
        data = new Fixtures(jdbc);
        employer = data.company().create();
        student = data.student().create();
        long posting = data.posting(employer.id()).hourly(2000, "USD").hours(10).create();
        engagement = data.application(posting, student.userId()).status("HIRED").create();
        jdbc.sql("update applications set hired_at = now() - interval '35 days' where id = :id")
                .param("id", engagement)
                .update();
    }

    private RequestPostProcessor as(String email) {
        return user(users.loadUserByUsername(email));
    }

    private String url() {
        return "/engagements/" + engagement;
    }

    private Document page(String email) throws Exception {
        Document page = Html.parse(mvc.perform(get(url()).with(as(email)))
                .andExpect(status().isOk())
                .andReturn());
        PageChecks.assertUsable(page, url());
        return page;
    }

    private MvcResult send(AbstractMockHttpServletRequestBuilder<?> request, String email) throws Exception {
        return mvc.perform(request.with(csrf()).with(as(email))).andReturn();
    }

    private MvcResult timesheet(LocalDate week, String hours, String... more) throws Exception {
        MockHttpServletRequestBuilder request =
                post(url() + "/timesheets").param("weekStart", week.toString()).param("hours", hours);
        for (int i = 0; i < more.length; i += 2) {
            request.param(more[i], more[i + 1]);
        }
        return send(request, student.email());
    }

    private long timesheetId(LocalDate week) {
        return jdbc.sql("select id from engagement_timesheets where application_id = :a and week_start = :w")
                .param("a", engagement)
                .param("w", week)
                .query(Long.class)
                .single();
    }

    private void approve(LocalDate week) throws Exception {
        MvcResult result = send(post(url() + "/timesheets/" + timesheetId(week) + "/approve"), employer.memberEmail());
        assertThat(result.getResponse().getRedirectedUrl()).startsWith(url());
    }

    private long uploadPdf() throws Exception {
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        MvcResult result = send(
                multipart(url() + "/deliverables")
                        .file(new MockMultipartFile("file", "Final report.pdf", "application/pdf", pdf))
                        .param("title", "Final report"),
                student.email());
        assertThat(result.getResponse().getRedirectedUrl()).startsWith(url());
        return jdbc.sql("select max(id) from engagement_deliverables where application_id = :a")
                .param("a", engagement)
                .query(Long.class)
                .single();
    }

    @Test
    void thePageIsSharedByItsPartiesReadOnlyForTheCareerOfficeAndNotFoundForEveryoneElse() throws Exception {
        Person otherStudent = data.student().create();
        Co otherEmployer = data.company().create();
        Person colleague = data.employer().of(employer.id()).create();
        Fixtures.Uni otherUniversity = data.university(false);

        Document asStudent = page(student.email());
        assertThat(asStudent.select("#engagement-heading").text()).startsWith("Test posting");
        assertThat(asStudent.select("#message-form, #deliverable-form, #timesheet-form"))
                .hasSize(3);
        assertThat(asStudent.select("#milestone-form")).isEmpty();
        assertThat(page(employer.memberEmail()).select("#message-form, #milestone-form"))
                .hasSize(2);
        assertThat(page(colleague.email()).select("#message-form")).hasSize(1);
        Document asStaff = page(OWN_STAFF);
        assertThat(asStaff.select("#engagement-readonly")).hasSize(1);
        assertThat(asStaff.select("form[method=post]").stream()
                        .filter(f -> f.attr("action").startsWith("/engagements"))
                        .toList())
                .isEmpty();

        for (String outsider :
                new String[] {otherStudent.email(), otherEmployer.memberEmail(), otherUniversity.staffEmail()}) {
            assertThat(mvc.perform(get(url()).with(as(outsider)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(outsider)
                    .isEqualTo(404);
        }
        assertThat(mvc.perform(get(url())).andReturn().getResponse().getRedirectedUrl())
                .contains("/login");
        assertThat(mvc.perform(get(url()).with(as("admin@stint.example")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        // the links into it
        assertThat(Html.parse(mvc.perform(get("/applications/" + engagement).with(as(student.email())))
                                .andReturn())
                        .select("#engagement-link")
                        .attr("href"))
                .isEqualTo(url());
        assertThat(Html.parse(mvc.perform(get("/employer/applications/" + engagement)
                                        .with(as(employer.memberEmail())))
                                .andReturn())
                        .select("#engagement-link")
                        .attr("href"))
                .isEqualTo(url());
        assertThat(Html.parse(mvc.perform(get("/university/engagements").with(as(OWN_STAFF)))
                                .andReturn())
                        .select("a[href=" + url() + "]"))
                .hasSize(1);
        assertThat(Html.parse(mvc.perform(get("/university/engagements").with(as(otherUniversity.staffEmail())))
                                .andReturn())
                        .select("a[href=" + url() + "]"))
                .isEmpty();
    }

    @Test
    void onlyTheStudentAndTheCompanyPostMessagesAndTheOtherSideIsToldAndSeesThemAsNew() throws Exception {
        Person otherStudent = data.student().create();
        Co otherEmployer = data.company().create();

        MvcResult sent = send(post(url() + "/messages").param("body", "Draft is ready."), student.email());
        assertThat(sent.getResponse().getRedirectedUrl()).startsWith(url());
        assertThat(send(post(url() + "/messages").param("body", "x"), otherStudent.email())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(post(url() + "/messages").param("body", "x"), otherEmployer.memberEmail())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(post(url() + "/messages").param("body", "x"), OWN_STAFF)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(url() + "/messages").param("body", "x").with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .contains("/login");
        assertThat(jdbc.sql("select count(*) from engagement_messages where application_id = :a")
                        .param("a", engagement)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // the company's member gets a notice (and with it an e-mail) linking to the engagement
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(jdbc.sql("""
                                select count(*) from notifications
                                where user_id = :u and kind = 'engagement.MESSAGE' and link = :link
                                """)
                                .param("u", employer.memberId())
                                .param("link", url())
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));

        Document first = page(employer.memberEmail());
        assertThat(first.select("#engagement-unread").text()).isEqualTo("1 new message since your last visit.");
        assertThat(first.select("li.unread[data-kind=MESSAGE] .timeline-note").text())
                .isEqualTo("Draft is ready.");
        assertThat(first.select("li.unread[data-kind=MESSAGE]").text()).contains("by " + student.name());
        Document again = page(employer.memberEmail());
        assertThat(again.select("#engagement-unread")).isEmpty();
        assertThat(again.select("li.unread")).isEmpty();
        // the author never sees their own message as new
        assertThat(page(student.email()).select("li.unread[data-kind=MESSAGE]")).isEmpty();

        // an empty message stays on the page with its message next to the field
        Document empty = Html.parse(send(post(url() + "/messages").param("body", " "), employer.memberEmail()));
        assertThat(empty.select("#body-error").text()).isNotBlank();
    }

    @Test
    void deliverableFilesAreCheckedByContentAndSizeAndServedOnlyToTheParties() throws Exception {
        // a text file named .pdf and declared as a PDF
        Document disguised = Html.parse(send(
                multipart(url() + "/deliverables")
                        .file(new MockMultipartFile(
                                "file", "report.pdf", "application/pdf", "just text".getBytes(StandardCharsets.UTF_8)))
                        .param("title", "Report"),
                student.email()));
        assertThat(disguised.select("#file-error").text()).contains("checked by its content");
        assertThat(disguised.select("#title").val()).isEqualTo("Report");

        // above 5 MB
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 5);
        Document tooLarge = Html.parse(send(
                multipart(url() + "/deliverables")
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", large))
                        .param("title", "Big"),
                student.email()));
        assertThat(tooLarge.select("#file-error").text()).isEqualTo("This file is larger than 5 MB.");

        // links: http or https only; a link or a file, not neither
        for (String bad :
                new String[] {"javascript:alert(1)", "ftp://example.com/x", "example.com/x", "data:text/html,x"}) {
            Document refused = Html.parse(
                    send(post(url() + "/deliverables").param("title", "Link").param("url", bad), student.email()));
            assertThat(refused.select("#url-error").text()).as(bad).contains("https://");
        }
        Document neither = Html.parse(send(post(url() + "/deliverables").param("title", "Nothing"), student.email()));
        assertThat(neither.select("#url-error").text()).isEqualTo("Give a link or choose a file (one of the two).");
        assertThat(jdbc.sql("select count(*) from engagement_deliverables where application_id = :a")
                        .param("a", engagement)
                        .query(Long.class)
                        .single())
                .isZero();

        // the employer cannot hand in work
        assertThat(send(
                                post(url() + "/deliverables")
                                        .param("title", "Mine")
                                        .param("url", "https://x.example"),
                                employer.memberEmail())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        long deliverable = uploadPdf();
        String download = url() + "/deliverables/" + deliverable;
        for (String party : new String[] {student.email(), employer.memberEmail()}) {
            MockHttpServletResponse file =
                    mvc.perform(get(download).with(as(party))).andReturn().getResponse();
            assertThat(file.getStatus()).isEqualTo(200);
            assertThat(file.getHeader("Content-Disposition"))
                    .startsWith("attachment")
                    .contains("Final report.pdf");
            assertThat(file.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(file.getContentType()).isEqualTo("application/pdf");
            assertThat(new String(file.getContentAsByteArray(), StandardCharsets.US_ASCII))
                    .startsWith("%PDF-");
        }
        for (String outsider : new String[] {
            data.student().create().email(),
            data.company().create().memberEmail(),
            OWN_STAFF,
            data.university(false).staffEmail()
        }) {
            assertThat(mvc.perform(get(download).with(as(outsider)))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(outsider)
                    .isEqualTo(404);
        }
        assertThat(mvc.perform(get(download)).andReturn().getResponse().getRedirectedUrl())
                .contains("/login");

        // a link deliverable shows as a link, on the page and in the timeline
        send(
                post(url() + "/deliverables").param("title", "Dashboard").param("url", "https://example.com/dash"),
                student.email());
        Document page = page(employer.memberEmail());
        assertThat(page.select("a.deliverable-link").attr("href")).isEqualTo("https://example.com/dash");
        assertThat(page.select("li[data-kind=DELIVERABLE]")).hasSize(2);
    }

    @Test
    void theEmployerAcceptsADeliverableOrAsksForChangesWithAComment() throws Exception {
        long first = uploadPdf();
        Document noComment = Html.parse(send(
                post(url() + "/deliverables/" + first + "/review").param("decision", "CHANGES_REQUESTED"),
                employer.memberEmail()));
        assertThat(noComment.select("#review-comment-error-" + first).text()).isEqualTo("Say what should change.");
        assertThat(send(
                                post(url() + "/deliverables/" + first + "/review")
                                        .param("decision", "ACCEPTED"),
                                student.email())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);

        send(
                post(url() + "/deliverables/" + first + "/review")
                        .param("decision", "CHANGES_REQUESTED")
                        .param("comment", "Add the sources."),
                employer.memberEmail());
        long second = uploadPdf();
        send(post(url() + "/deliverables/" + second + "/review").param("decision", "ACCEPTED"), employer.memberEmail());

        Document page = page(student.email());
        assertThat(page.select("#deliverable-" + first + " .status").text()).isEqualTo("Changes asked for");
        assertThat(page.select("#deliverable-" + second + " .status").text()).isEqualTo("Accepted");
        assertThat(page.select("li[data-kind=REVIEW]").eachText())
                .anySatisfy(t -> assertThat(t)
                        .contains("Changes asked for: Final report")
                        .contains("Add the sources."))
                .anySatisfy(t -> assertThat(t).contains("Accepted: Final report"));
    }

    @Test
    void theEmployerSetsMilestonesThatAppearOnThePageAndInTheTimeline() throws Exception {
        LocalDate due = LocalDate.now().plusDays(10);
        send(
                post(url() + "/milestones")
                        .param("milestoneTitle", "First draft")
                        .param("dueOn", due.toString()),
                employer.memberEmail());
        assertThat(send(
                                post(url() + "/milestones")
                                        .param("milestoneTitle", "Mine")
                                        .param("dueOn", due.toString()),
                                student.email())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        Document page = page(student.email());
        assertThat(page.select("#milestone-list li").text()).contains("First draft");
        assertThat(page.select("li[data-kind=MILESTONE]").text()).contains("Milestone set: First draft");
    }

    @Test
    void aWeekAboveThePostingsHoursNeedsAConfirmationAndAReason() throws Exception {
        LocalDate week = thisWeek.minusWeeks(1);
        Document refused = Html.parse(timesheet(week, "12"));
        assertThat(refused.select("#hours-error").text())
                .isEqualTo(
                        "12 h is more than this posting’s 10 h a week. If that is right, tick the confirmation and say why.");
        assertThat(refused.select("#hours").val()).isEqualTo("12");

        Document noReason = Html.parse(timesheet(week, "12", "confirmOver", "true"));
        assertThat(noReason.select("#overReason-error").text())
                .isEqualTo("Say why the hours are above the posting’s limit.");
        assertThat(jdbc.sql("select count(*) from engagement_timesheets where application_id = :a")
                        .param("a", engagement)
                        .query(Long.class)
                        .single())
                .isZero();

        MvcResult accepted = timesheet(week, "12", "confirmOver", "true", "overReason", "Launch week.");
        assertThat(accepted.getResponse().getRedirectedUrl()).startsWith(url());
        assertThat(jdbc.sql("select over_reason from engagement_timesheets where id = :t")
                        .param("t", timesheetId(week))
                        .query(String.class)
                        .single())
                .isEqualTo("Launch week.");
        assertThat(page(employer.memberEmail())
                        .select("#timesheet-" + timesheetId(week))
                        .text())
                .contains("Above the limit because: Launch week.");
    }

    @Test
    void aRunningTotalBeyondHoursTimesWeeksPlusTenPercentNeedsAConfirmation() throws Exception {
        for (int i = 1; i <= 4; i++) {
            assertThat(timesheet(thisWeek.minusWeeks(i), "10").getResponse().getRedirectedUrl())
                    .startsWith(url());
        }
        // 40 h so far; 4 more is exactly 44 (10 h × 4 weeks + 10 %), 5 more is beyond
        Document refused = Html.parse(timesheet(thisWeek, "5"));
        assertThat(refused.select("#hours-error").text())
                .isEqualTo("That makes 45 h in all, more than this posting’s 10 h a week × 4 weeks allow (up to 44 h)."
                        + " If that is right, tick the confirmation and say why.");
        assertThat(timesheet(thisWeek, "4").getResponse().getRedirectedUrl()).startsWith(url());
    }

    @Test
    void aTimesheetIsEditableUntilApprovedAndAQueryGoesBackToTheStudent() throws Exception {
        LocalDate week = thisWeek.minusWeeks(1);
        timesheet(week, "6");
        timesheet(week, "7");
        assertThat(jdbc.sql("select hours from engagement_timesheets where id = :t")
                        .param("t", timesheetId(week))
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("7");

        Document noComment =
                Html.parse(send(post(url() + "/timesheets/" + timesheetId(week) + "/query"), employer.memberEmail()));
        assertThat(noComment.select("#query-comment-error-" + timesheetId(week)).text())
                .isNotBlank();
        send(
                post(url() + "/timesheets/" + timesheetId(week) + "/query").param("comment", "Which days?"),
                employer.memberEmail());
        assertThat(page(student.email())
                        .select("#timesheet-" + timesheetId(week))
                        .text())
                .contains("Queried")
                .contains("The company asks: Which days?");

        timesheet(week, "6", "timesheetNote", "Monday to Wednesday.");
        approve(week);
        Document locked = Html.parse(timesheet(week, "9"));
        assertThat(locked.select("#weekStart-error").text()).startsWith("This week is approved");

        // a week before the hire or in the future is not open
        Document outside = Html.parse(timesheet(thisWeek.plusWeeks(1), "5"));
        assertThat(outside.select("#weekStart-error").text()).startsWith("Choose a week from the list");

        // the history, with who and when
        assertThat(page(employer.memberEmail()).select("li[data-kind=HOURS]").eachText())
                .anySatisfy(
                        t -> assertThat(t).contains("changed from 6 h to 7 h").contains("by " + student.name()))
                .anySatisfy(t -> assertThat(t).contains("queried").contains("Which days?"))
                .anySatisfy(t -> assertThat(t).contains("approved: 6 h"));
    }

    @Test
    void markCompleteTakesTheApprovedTimesheetsTotal() throws Exception {
        timesheet(thisWeek.minusWeeks(2), "8");
        timesheet(thisWeek.minusWeeks(1), "9.5");
        timesheet(thisWeek, "10");
        approve(thisWeek.minusWeeks(2));
        approve(thisWeek.minusWeeks(1));
        send(
                post(url() + "/timesheets/" + timesheetId(thisWeek) + "/query").param("comment", "Really?"),
                employer.memberEmail());

        Document applicant = Html.parse(
                mvc.perform(get("/employer/applications/" + engagement).with(as(employer.memberEmail())))
                        .andReturn());
        assertThat(applicant.select("#completion-from-timesheets").text()).contains("17.5 h");
        assertThat(applicant.select("#hoursWorked")).isEmpty();

        Document confirm =
                Html.parse(send(post("/employer/applications/" + engagement + "/complete"), employer.memberEmail()));
        assertThat(confirm.select("main").text()).contains("17.5 hours worked");
        assertThat(data.statusOf(engagement)).isEqualTo("HIRED");
        MvcResult done = send(
                post("/employer/applications/" + engagement + "/complete").param("confirmed", "yes"),
                employer.memberEmail());
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/employer/applications/" + engagement);
        assertThat(hoursWorked()).isEqualByComparingTo("17.5");
        assertThat(data.statusOf(engagement)).isEqualTo("COMPLETED");
    }

    @Test
    void aTypedCompletionTotalBeyondThePostingNeedsAConfirmationAndAReason() throws Exception {
        String complete = "/employer/applications/" + engagement + "/complete";
        Document refused = Html.parse(send(post(complete).param("hoursWorked", "500"), employer.memberEmail()));
        assertThat(refused.select("#hoursWorked-error").text())
                .startsWith(
                        "That makes 500 h in all, more than this posting’s 10 h a week × 4 weeks allow (up to 44 h).");
        assertThat(data.statusOf(engagement)).isEqualTo("HIRED");

        Document noReason = Html.parse(
                send(post(complete).param("hoursWorked", "500").param("confirmOver", "true"), employer.memberEmail()));
        assertThat(noReason.select("#overReason-error").text()).isNotBlank();

        send(
                post(complete)
                        .param("hoursWorked", "50")
                        .param("confirmOver", "true")
                        .param("overReason", "Two extra days for the launch.")
                        .param("confirmed", "yes"),
                employer.memberEmail());
        assertThat(hoursWorked()).isEqualByComparingTo("50");
        assertThat(jdbc.sql("select note from application_events where application_id = :a and to_status = 'COMPLETED'")
                        .param("a", engagement)
                        .query(String.class)
                        .single())
                .isEqualTo("Two extra days for the launch.");

        // within the limit, no confirmation is asked
        long other = data.application(
                        data.posting(employer.id())
                                .hourly(2000, "USD")
                                .hours(10)
                                .create(),
                        data.student().create().userId())
                .status("HIRED")
                .create();
        send(
                post("/employer/applications/" + other + "/complete")
                        .param("hoursWorked", "44")
                        .param("confirmed", "yes"),
                employer.memberEmail());
        assertThat(data.statusOf(other)).isEqualTo("COMPLETED");
    }

    @Test
    void anApprovedWeekIsCorrectedByTheEmployerWithAReasonAndTheOldFigureKept() throws Exception {
        LocalDate week = thisWeek.minusWeeks(1);
        timesheet(week, "8");
        String correct = url() + "/timesheets/" + timesheetId(week) + "/correct";
        // not before it is approved, never by the student
        send(post(correct).param("hours", "6").param("reason", "Half day."), employer.memberEmail());
        assertThat(send(post(correct).param("hours", "6").param("reason", "Half day."), student.email())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        approve(week);

        Document noReason = Html.parse(send(post(correct).param("hours", "6"), employer.memberEmail()));
        assertThat(noReason.select("#correct-reason-error-" + timesheetId(week)).text())
                .isNotBlank();
        assertThat(noReason.select("#correct-hours-" + timesheetId(week)).val()).isEqualTo("6");

        send(post(correct).param("hours", "6").param("reason", "Friday was a half day."), employer.memberEmail());
        assertThat(jdbc.sql("select hours from engagement_timesheets where id = :t")
                        .param("t", timesheetId(week))
                        .query(BigDecimal.class)
                        .single())
                .isEqualByComparingTo("6");
        Document page = page(student.email());
        assertThat(page.select("li[data-kind=HOURS]").eachText())
                .anySatisfy(t -> assertThat(t)
                        .contains("corrected from 8 h to 6 h")
                        .contains("by Boss")
                        .contains("Friday was a half day."));
        assertThat(page.select("#approved-total").text()).isEqualTo("6 h");
    }

    @Test
    void theCompletedTotalIsCorrectedWithHistoryAndTheVerificationAndReportsFollow() throws Exception {
        send(
                post("/employer/applications/" + engagement + "/complete")
                        .param("hoursWorked", "40")
                        .param("confirmed", "yes"),
                employer.memberEmail());
        String code = jdbc.sql("select verification_code from applications where id = :a")
                .param("a", engagement)
                .query(String.class)
                .single();
        BigDecimal reportedBefore = reportedHours();

        String correct = url() + "/hours/correct";
        Document overLimit = Html.parse(
                send(post(correct).param("totalHours", "500").param("totalReason", "Typo."), employer.memberEmail()));
        assertThat(overLimit.select("#totalHours-error").text()).startsWith("That makes 500 h in all");
        assertThat(send(post(correct).param("totalHours", "36").param("totalReason", "x"), student.email())
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(send(post(correct).param("totalHours", "36").param("totalReason", "x"), OWN_STAFF)
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        MvcResult done = send(
                post(correct).param("totalHours", "36").param("totalReason", "Four hours were counted twice."),
                employer.memberEmail());
        assertThat(done.getResponse().getRedirectedUrl()).startsWith(url());
        assertThat(hoursWorked()).isEqualByComparingTo("36");
        assertThat(page(OWN_STAFF).select("li[data-kind=HOURS]").text())
                .contains("Hours worked corrected from 40 h to 36 h")
                .contains("Four hours were counted twice.");

        Document verification = Html.parse(mvc.perform(get("/verify/" + code)).andReturn());
        assertThat(verification.select(".verification-hours").text()).startsWith("36");
        assertThat(reportedHours()).isEqualByComparingTo(reportedBefore.subtract(new BigDecimal("4")));
    }

    private BigDecimal hoursWorked() {
        return jdbc.sql("select hours_worked from applications where id = :a")
                .param("a", engagement)
                .query(BigDecimal.class)
                .single();
    }

    /** The hours in the university reports' summaries for the test company. */
    private BigDecimal reportedHours() {
        return jdbc.sql("select coalesce(sum(hours_worked), 0) from report_month_figures where company_id = :c")
                .param("c", employer.id())
                .query(BigDecimal.class)
                .single();
    }

    @Test
    void filesNamedAfterTheirKindAreKeptWithASafeName() {
        assertThat(org.stint.shared.FileContent.safeName("../../etc/pass\"wd.docx", "deliverable", ".zip", ".docx"))
                .isEqualTo("passwd.docx");
        assertThat(org.stint.shared.FileContent.safeName("photo", "deliverable", ".png"))
                .isEqualTo("photo.png");
        assertThat(org.stint.shared.FileContent.kindOf(Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, 10)))
                .contains(org.stint.shared.FileContent.Kind.ZIP);
        assertThat(org.stint.shared.FileContent.kindOf("<html>".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }
}
