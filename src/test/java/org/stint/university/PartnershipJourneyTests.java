package org.stint.university;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.stint.testsupport.Browser;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Co;
import org.stint.testsupport.Fixtures.Uni;
import org.stint.testsupport.ServerTest;

/**
 * In a real Chromium: a company asks a partner-only university for partnership, its career office
 * approves, and the university's student now finds the posting marked as a vetted partner's.
 */
@ServerTest
class PartnershipJourneyTests {

    private static final String PASSWORD = "journey-password";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    private WebDriver browser;

    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void signIn(String email) {
        Browser.signIn(browser, wait, "http://localhost:" + port, email, PASSWORD);
    }

    private void signOut() {
        browser.findElement(By.cssSelector("header form button")).click();
        wait.until(ExpectedConditions.urlContains("signedOut"));
    }

    @Test
    void companyRequestsStaffApprovesStudentSeesTheMark() {
        Fixtures fixtures = new Fixtures(jdbc);
        String hash = passwords.encode(PASSWORD);
        Uni university = fixtures.university(true, hash);
        Co company = fixtures.company("Journey Labs", hash);
        String word = Fixtures.unique("okapify");
        fixtures.posting(company, "Journey posting " + word, "SOFTWARE", "USD");
        String student = fixtures.email(fixtures.student(university, "Journey Student", hash));

        // before: the partner-only university's student cannot find it
        signIn(student);
        browser.get("http://localhost:" + port + "/postings?q=" + word);
        assertThat(browser.findElements(By.cssSelector(".posting-card"))).isEmpty();
        signOut();

        signIn(company.memberEmail());
        browser.get("http://localhost:" + port + "/employer/partnerships");
        new Select(browser.findElement(By.id("universityId"))).selectByVisibleText(university.name());
        browser.findElement(By.id("message")).sendKeys("We pair every student with a mentor.");
        browser.findElement(By.id("request-partnership")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[role=status]"), "Your request was sent"));
        Browser.screenshot(browser, "partnership-01-requested");
        signOut();

        signIn(university.staffEmail());
        wait.until(ExpectedConditions.urlContains("/university"));
        browser.findElement(By.linkText("Partner companies")).click();
        browser.findElement(By.linkText(company.name())).click();
        wait.until(ExpectedConditions.urlMatches(".*/university/partnerships/\\d+$"));
        assertThat(browser.findElement(By.cssSelector(".request-message")).getText())
                .isEqualTo("We pair every student with a mentor.");
        Browser.screenshot(browser, "partnership-02-evidence");
        browser.findElement(By.id("approve")).click();
        wait.until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "vetted partner"));
        signOut();

        signIn(student);
        browser.get("http://localhost:" + port + "/postings?q=" + word);
        assertThat(browser.findElement(By.cssSelector(".posting-card .card-title a"))
                        .getText())
                .isEqualTo("Journey posting " + word);
        assertThat(browser.findElement(By.cssSelector(".posting-card .vetted-mark"))
                        .getText())
                .isEqualTo("Vetted partner of " + university.name());
        browser.findElement(By.cssSelector(".posting-card .card-title a")).click();
        wait.until(ExpectedConditions.urlMatches(".*/postings/\\d+$"));
        assertThat(browser.findElement(By.cssSelector(".vetted-mark")).getText())
                .isEqualTo("Vetted partner of " + university.name());
        Browser.screenshot(browser, "partnership-03-student-sees-mark");
    }
}
