package org.stint.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stint.testsupport.Browser;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.ServerTest;

/**
 * A whole engagement in a real Chromium, on its own company, posting, student and career office:
 * the student applies, the employer hires, both talk on the engagement page, the student hands in
 * work and a timesheet, the employer reviews, approves and marks complete from the approved hours,
 * records a payment below what is owed with a note, the student disputes it and the career office
 * notes an outcome that the student then reads. The main pages are saved at 1366 px and 390 px.
 */
@ServerTest
class EngagementBrowserJourneyTests extends EngagementJourneySteps {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void applyHireTalkHandInTimesheetCompletePayDisputeAndOutcome() throws IOException {
        String hash = passwords.encode(PASSWORD);
        Fixtures fixtures = new Fixtures(jdbc);
        Fixtures.TestUniversity university = fixtures.university(false, hash);
        String studentName = Fixtures.unique("Robin Journey ");
        long studentId = fixtures.student(university, studentName, hash);
        String studentEmail = fixtures.email(studentId);
        Fixtures.TestCompany company = fixtures.company("Harbour Analytics", hash);
        String title = Fixtures.unique("Clean up our donor spreadsheet ");
        long posting = fixtures.posting(company, title, "DATA", "GBP");
        // £20 an hour, 20 h a week for 4 weeks: what is owed follows the approved hours
        jdbc.sql("update postings set pay_type = 'HOURLY', pay_amount_minor = 2000 where id = :id")
                .param("id", posting)
                .update();
        Browser.viewport(driver(), WIDE, 900);

        // the student applies in the browser
        signIn(studentEmail);
        driver().get(url("/postings/" + posting));
        follow(driver().findElement(By.linkText("Apply now")));
        type("coverNote", "I tidied the membership sheet of my rowing club and like careful data work.");
        click("Send application");
        assertThat(flash()).contains("Application sent");
        long application = jdbc.sql("select id from applications where posting_id = :p and student_id = :s")
                .param("p", posting)
                .param("s", studentId)
                .query(Long.class)
                .single();

        // the employer shortlists and hires through the confirm page
        signIn(company.memberEmail());
        driver().get(url("/employer/postings/" + posting + "/applicants"));
        follow(driver().findElement(By.linkText(studentName)));
        click("Shortlist");
        assertThat(flash()).contains("Shortlisted");
        click("Hire");
        assertThat(text("h1")).isEqualTo("Hire this student?");
        click("Yes, hire");
        assertThat(flash()).contains("Hired");

        // the employer opens the engagement page from the applicant page
        follow(driver().findElement(By.id("engagement-link")));
        String engagement = url("/engagements/" + application);
        assertThat(driver().getCurrentUrl()).isEqualTo(engagement);
        assertThat(text("#engagement-heading")).isEqualTo(title);
        assertThat(text("#engagement-facts")).contains(studentName, university.name(), "20 h a week for 4 weeks");
        assertThat(text("#timeline-items li[data-kind=STATUS]")).contains("Hired");

        // the student opens it from their application and writes first
        signIn(studentEmail);
        driver().get(url("/applications/" + application));
        assertThat(text(".status")).isEqualTo("Hired");
        follow(driver().findElement(By.id("engagement-link")));
        assertThat(driver().getCurrentUrl()).isEqualTo(engagement);
        type("body", "Hello! Which sheet should I start with, 2024 or 2025?");
        follow(find("#message-submit"));
        assertThat(flash()).isEqualTo("Message sent.");
        assertThat(text("#timeline-items li[data-kind=MESSAGE]")).contains("Which sheet should I start with");

        // the employer sees the message marked new, and answers
        signIn(company.memberEmail());
        driver().get(engagement);
        assertThat(text("#engagement-unread")).contains("1 new message");
        WebElement unread = find("#timeline-items li.unread[data-kind=MESSAGE]");
        assertThat(unread.getText()).contains("New", "Which sheet should I start with", studentName);
        // at one width only: reloading the page would move the read marker past the message
        show("#engagement-unread");
        Browser.screenshot(driver(), "engagement-00-unread-employer-" + WIDE);
        type("body", "Start with 2025, please: it feeds this year's appeal.");
        follow(find("#message-submit"));
        assertThat(flash()).isEqualTo("Message sent.");
        assertThat(driver().findElements(By.id("engagement-unread"))).isEmpty();

        // the student sees the answer marked new and hands in a link
        signIn(studentEmail);
        driver().get(engagement);
        assertThat(text("#engagement-unread")).contains("1 new message");
        assertThat(text("#timeline-items li.unread[data-kind=MESSAGE]")).contains("New", "Start with 2025", "Owner ");
        assertThat(driver().findElements(By.cssSelector("#timeline-items li.unread")))
                .hasSize(1);
        type("title", "Cleaned 2025 donor sheet");
        type("url", "https://docs.example.com/donors-2025");
        type("note", "Duplicates merged, postcodes fixed.");
        follow(find("#deliverable-submit"));
        assertThat(flash()).contains("Handed in");
        assertThat(text("#deliverable-list")).contains("Cleaned 2025 donor sheet", "Waiting for review");
        assertThat(find("#deliverable-list a.deliverable-link").getAttribute("href"))
                .isEqualTo("https://docs.example.com/donors-2025");

        // the employer asks for changes with a comment
        signIn(company.memberEmail());
        driver().get(engagement);
        long linkDeliverable = idOf("#deliverable-list li[id^=deliverable-]", "deliverable-");
        find("#review-changes-" + linkDeliverable).click();
        type("review-comment-" + linkDeliverable, "Please add a short summary of what changed.");
        follow(find("#review-submit-" + linkDeliverable));
        assertThat(flash()).isEqualTo("Changes asked for.");
        assertThat(text("#deliverable-" + linkDeliverable)).contains("Changes asked for");
        assertThat(text("#timeline-items li[data-kind=REVIEW]"))
                .contains("Changes asked for: Cleaned 2025 donor sheet", "Please add a short summary");

        // the student hands in a PDF summary and a timesheet for this week
        signIn(studentEmail);
        driver().get(engagement);
        assertThat(text("#deliverable-" + linkDeliverable)).contains("Changes asked for");
        Path pdf = Files.createTempDirectory("stint-journey").resolve("summary.pdf");
        Files.write(
                pdf,
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                        .getBytes(StandardCharsets.US_ASCII));
        type("title", "Summary of the changes");
        driver().findElement(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
        follow(find("#deliverable-submit"));
        assertThat(flash()).contains("Handed in");
        assertThat(text("#deliverable-list a.deliverable-file")).contains("Download summary.pdf");
        new Select(driver().findElement(By.id("weekStart"))).selectByIndex(0);
        type("hours", "12");
        type("timesheetNote", "Merging duplicates and writing the summary.");
        follow(find("#timesheet-submit"));
        assertThat(flash()).contains("Hours submitted");
        assertThat(text("#timesheet-list")).contains("12 h", "Waiting for approval");

        // the employer accepts the summary and approves the week
        signIn(company.memberEmail());
        driver().get(engagement);
        long pdfDeliverable = idOf(
                "#deliverable-list li[id^=deliverable-]:not(#deliverable-" + linkDeliverable + ")", "deliverable-");
        find("#review-accept-" + pdfDeliverable).click();
        follow(find("#review-submit-" + pdfDeliverable));
        assertThat(flash()).contains("Accepted");
        assertThat(text("#deliverable-" + pdfDeliverable)).contains("Accepted");
        long timesheet = idOf("#timesheet-list li[id^=timesheet-]", "timesheet-");
        follow(find("#timesheet-approve-" + timesheet));
        assertThat(flash()).isEqualTo("Timesheet approved.");
        assertThat(text("#timesheet-" + timesheet)).contains("12 h", "Approved");
        assertThat(text("#approved-total")).isEqualTo("12 h");
        assertThat(driver().findElements(By.cssSelector("#timeline-items li")).stream()
                        .map(li -> li.getAttribute("data-kind"))
                        .distinct()
                        .toList())
                .contains("STATUS", "MESSAGE", "DELIVERABLE", "REVIEW", "HOURS");
        screenshots("01-page-employer", null);

        // the employer marks complete: the hours are the approved timesheet's
        follow(find("#back-link"));
        assertThat(text("#completion-from-timesheets")).contains("12 h");
        assertThat(driver().findElements(By.id("hoursWorked"))).isEmpty();
        click("Mark complete");
        assertThat(text(".confirm-what")).contains("12");
        click("Yes, mark complete");
        assertThat(flash()).contains("Marked complete");
        assertThat(text(".pay-owed")).isEqualTo("£240");
        assertThat(text(".pay-paid")).isEqualTo("Not recorded yet");

        // the employer records £200 of the £240 with a note, the currency picked from a list
        type("amount", "200");
        Select currency = new Select(driver().findElement(By.id("currency")));
        assertThat(currency.getOptions().stream().map(WebElement::getText).toList())
                .containsExactly("USD", "GBP", "INR", "EUR");
        currency.selectByValue("GBP");
        type("reference", "BACS-4471");
        type("note", "Paid 10 of the 12 hours; two hours were spent on onboarding.");
        click("Record payment");
        assertThat(flash()).contains("Payment recorded");
        assertThat(text(".pay-owed")).isEqualTo("£240");
        assertThat(text(".pay-paid")).startsWith("£200 on ");
        assertThat(text(".pay-note")).isEqualTo("Paid 10 of the 12 hours; two hours were spent on onboarding.");
        assertThat(text(".pay-state")).isEqualTo("£40 still owed");
        assertThat(find(".pay-state").getAttribute("data-state")).isEqualTo("UNDERPAID");
        screenshots("02-pay-employer", "dl.pay");

        // the student sees the same pay and raises a dispute
        signIn(studentEmail);
        driver().get(url("/applications/" + application));
        assertThat(text(".status")).isEqualTo("Completed");
        assertThat(text(".pay-owed")).isEqualTo("£240");
        assertThat(text(".pay-paid")).startsWith("£200 on ");
        assertThat(text(".pay-note")).isEqualTo("Paid 10 of the 12 hours; two hours were spent on onboarding.");
        assertThat(text(".pay-state")).isEqualTo("£40 still owed");
        screenshots("03-pay-student", "dl.pay");
        type("reason", "Onboarding was agreed as paid time in our first message; £40 is still owed.");
        click("Raise a dispute");
        assertThat(flash()).contains("Dispute raised");
        assertThat(text(".dispute-reason")).startsWith("Onboarding was agreed as paid time");
        assertThat(text(".dispute-outcome")).startsWith("Open");
        assertThat(driver().findElements(By.xpath("//main//button[normalize-space()='Raise a dispute']")))
                .isEmpty();

        // the company sees the dispute on its applicant page
        signIn(company.memberEmail());
        driver().get(url("/employer/applications/" + application));
        assertThat(text(".dispute-reason")).startsWith("Onboarding was agreed as paid time");
        assertThat(text(".dispute-outcome")).startsWith("Open");

        // the student's career office reads it under Pay disputes and notes an outcome
        signIn(university.staffEmail());
        driver().get(url("/university/disputes"));
        assertThat(text("main")).contains("Open", "Onboarding was agreed as paid time");
        follow(driver().findElement(By.linkText(studentName + " on " + title)));
        assertThat(text(".pay-owed")).isEqualTo("£240");
        assertThat(text(".pay-note")).contains("Paid 10 of the 12 hours");
        screenshots("04-dispute-staff", "section.dispute");
        find("input[name=outcome][value=UPHELD]").click();
        type("note", "The first message agreed paid onboarding: Harbour Analytics will pay the £40.");
        click("Save the outcome");
        assertThat(flash()).contains("Outcome saved");
        assertThat(text(".dispute-outcome")).startsWith("Upheld");

        // the student reads the outcome
        signIn(studentEmail);
        driver().get(url("/applications/" + application));
        assertThat(text(".dispute-outcome")).startsWith("Upheld").contains("noted by Staff ");
        assertThat(text("section.dispute")).contains("will pay the £40");
        screenshots("05-dispute-student", "section.dispute");
    }
}
