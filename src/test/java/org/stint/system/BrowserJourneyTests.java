package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.Browser;
import org.stint.testsupport.ServerTest;

/** A visitor finds a posting and signs in as a student, in a real Chromium. */
@ServerTest
class BrowserJourneyTests {

    @LocalServerPort
    int port;

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

    @Test
    void searchOpenAPostingSignInAndSeeMyApplications() {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Short, paid projects");
        Browser.screenshot(browser, "01-home");

        browser.findElement(By.id("hero-q")).sendKeys("data");
        browser.findElement(By.cssSelector(".hero-search button")).click();
        wait.until(ExpectedConditions.urlContains("/postings?q=data"));
        assertThat(browser.findElement(By.cssSelector(".results-count")).getText())
                .matches("\\d+ postings? match");
        Browser.screenshot(browser, "02-search");

        String title = browser.findElement(By.cssSelector(".posting-card .card-title a"))
                .getText();
        browser.findElement(By.cssSelector(".posting-card .card-title a")).click();
        wait.until(ExpectedConditions.urlMatches(".*/postings/\\d+$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.cssSelector(".posting-facts .pay")).getText())
                .isNotBlank();
        Browser.screenshot(browser, "03-posting");

        browser.findElement(By.linkText("Sign in")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.id("username")).sendKeys(DemoData.DEMO_STUDENT);
        browser.findElement(By.id("password")).sendKeys(DemoData.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains("/applications"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My applications");
        assertThat(browser.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        Browser.screenshot(browser, "04-my-applications");

        browser.findElement(By.cssSelector("header form button")).click();
        wait.until(ExpectedConditions.urlContains("signedOut"));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("You have signed out.");
    }
}
