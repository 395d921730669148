package org.stint.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.stint.testsupport.Browser;
import org.stint.testsupport.BrowserJourney;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Person;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.ServerTest;

/**
 * The whole hiring journey in a real Chromium: an employer posts, a student applies, the employer
 * hires, completes and rates, and the student sees the completed, verifiable work.
 */
@ServerTest
class HiringBrowserJourneyTests extends BrowserJourney {

    private void click(String buttonText) {
        session.driver().findElements(By.cssSelector("main button")).stream()
                .filter(b -> b.getText().equals(buttonText))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no button " + buttonText + " on " + session.driver().getCurrentUrl()))
                .click();
    }

    private String flash() {
        return session.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=status]")))
                .getText();
    }

    @Test
    void postApplyHireCompleteRateAndSeeTheVerifiedWork() {
        Fixtures data = new Fixtures(jdbc);
        TestCompany employer = data.company().create();
        Person student = data.student().create();
        jdbc.sql("update users set password_hash = :hash where id in (:ids)")
                .param("hash", passwords.encode(PASSWORD))
                .param("ids", java.util.List.of(employer.memberId(), student.userId()))
                .update();

        // the employer writes and publishes a posting
        signIn(employer.memberEmail());
        session.driver().get(url("/employer/postings/new"));
        session.driver().findElement(By.id("title")).sendKeys("Map our volunteer sign-up journey");
        session.driver()
                .findElement(By.id("description"))
                .sendKeys("Interview five volunteers and map how they sign up today, then suggest improvements.");
        new Select(session.driver().findElement(By.id("category"))).selectByValue("RESEARCH");
        session.driver().findElement(By.id("skills")).sendKeys("Interviewing, Journey mapping");
        WebElement hours = session.driver().findElement(By.id("hoursPerWeek"));
        hours.clear();
        hours.sendKeys("12");
        new Select(session.driver().findElement(By.id("country"))).selectByValue("GB");
        new Select(session.driver().findElement(By.id("payType"))).selectByValue("FIXED");
        session.driver().findElement(By.id("payAmount")).sendKeys("600");
        new Select(session.driver().findElement(By.id("payCurrency"))).selectByValue("GBP");
        WebElement deadline = session.driver().findElement(By.id("applicationDeadline"));
        ((org.openqa.selenium.JavascriptExecutor) session.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        deadline,
                        LocalDate.now().plusDays(10).toString());
        Browser.screenshot(session.driver(), "hiring-01-new-posting");
        click("Save draft");
        assertThat(flash()).contains("Draft saved");
        session.driver().get(url("/employer/postings"));
        click("Publish");
        assertThat(flash()).contains("Posting published");
        long posting = jdbc.sql("select id from postings where company_id = :c")
                .param("c", employer.id())
                .query(Long.class)
                .single();

        // the student applies
        signIn(student.email());
        session.driver().get(url("/postings/" + posting));
        assertThat(session.driver().findElement(By.cssSelector(".pay strong")).getText())
                .isEqualTo("£600 fixed fee");
        session.driver().findElement(By.linkText("Apply now")).click();
        session.driver()
                .findElement(By.id("coverNote"))
                .sendKeys("I ran user interviews for my course project last term.");
        Browser.screenshot(session.driver(), "hiring-02-apply");
        click("Send application");
        assertThat(flash()).contains("Application sent");

        // the employer shortlists, hires, completes and rates
        signIn(employer.memberEmail());
        session.driver().get(url("/employer/postings/" + posting + "/applicants"));
        Browser.screenshot(session.driver(), "hiring-03-applicants");
        session.driver().findElement(By.linkText(student.name())).click();
        click("Shortlist");
        assertThat(flash()).contains("Shortlisted");
        click("Hire");
        // hiring cannot be undone: a confirm page says what will happen
        assertThat(session.driver().findElement(By.cssSelector("h1")).getText()).isEqualTo("Hire this student?");
        Browser.screenshot(session.driver(), "hiring-03b-confirm-hire");
        click("Yes, hire");
        assertThat(flash()).contains("Hired");
        session.driver().findElement(By.id("hoursWorked")).sendKeys("36");
        click("Mark complete");
        assertThat(session.driver().findElement(By.cssSelector(".confirm-what")).getText())
                .contains("36 hours worked");
        click("Yes, mark complete");
        assertThat(flash()).contains("Marked complete");
        session.driver()
                .findElement(By.cssSelector("input[name=rating][value='5']"))
                .click();
        session.driver().findElement(By.id("comment")).sendKeys("Thoughtful interviews and a clear map.");
        click("Send rating");
        assertThat(flash()).contains("Rating saved");
        Browser.screenshot(session.driver(), "hiring-04-employer-application");

        // the student sees the completed work with its rating and its verification page
        signIn(student.email());
        session.driver().get(url("/applications"));
        session.driver()
                .findElement(By.linkText("Map our volunteer sign-up journey"))
                .click();
        assertThat(session.driver().findElement(By.cssSelector(".status")).getText())
                .isEqualTo("Completed");
        assertThat(session.driver().findElement(By.cssSelector("main")).getText())
                .contains("5 out of 5", "Thoughtful interviews and a clear map.");
        Browser.screenshot(session.driver(), "hiring-05-student-application");
        assertThat(session.driver().findElements(By.cssSelector("a[href*='/verify/']")))
                .hasSize(1);
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() ->
                        jdbc.sql("select count(*) from notifications where user_id = :id and kind = 'status.HIRED'")
                                        .param("id", student.userId())
                                        .query(Long.class)
                                        .single()
                                == 1);
        session.driver().get(url("/notifications"));
        assertThat(session.driver().findElement(By.cssSelector("main")).getText())
                .contains("You are hired");

        // the student makes the portfolio public; anyone can see the work and verify it
        session.driver().get(url("/profile"));
        session.driver().findElement(By.id("portfolioPublic")).click();
        click("Save profile");
        String portfolio = session.waiting()
                .until(ExpectedConditions.elementToBeClickable(By.linkText("My public portfolio")))
                .getAttribute("href");
        session.driver().manage().deleteAllCookies();
        session.driver().get(portfolio);
        WebElement engagement = session.driver().findElement(By.cssSelector("article.engagement"));
        assertThat(engagement.getText())
                .contains("Map our volunteer sign-up journey", "36", "5", "Thoughtful interviews and a clear map.");
        Browser.screenshot(session.driver(), "hiring-06-portfolio");
        engagement.findElement(By.cssSelector("a.verify-link")).click();
        assertThat(session.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Verified micro-internship");
        assertThat(session.driver()
                        .findElement(By.cssSelector(".verification-student"))
                        .getText())
                .isEqualTo(student.name());
        Browser.screenshot(session.driver(), "hiring-07-verification");
    }
}
