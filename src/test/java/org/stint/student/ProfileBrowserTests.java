package org.stint.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.testsupport.Browser;
import org.stint.testsupport.ProfileTestData;
import org.stint.testsupport.ServerTest;

/** On a phone-sized Chromium: a student uploads a CV too large, then a real one, and publishes the portfolio. */
@ServerTest
class ProfileBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private WebDriver browser;

    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        browser.manage().window().setSize(new Dimension(390, 844));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void uploadACvAndPublishThePortfolioOnAPhone() throws Exception {
        ProfileTestData data = new ProfileTestData(jdbc);
        long student = data.student("Phoebe Phone");
        long company = data.company("Handheld Analytics");
        data.completed(data.posting(company, "Mobile survey analysis", "CLOSED"), student, 5, "Excellent.", "24");

        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(data.emailOf(student));
        browser.findElement(By.id("password")).sendKeys("not-used");
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/applications"));

        browser.findElement(By.linkText("My profile")).click();
        wait.until(ExpectedConditions.urlMatches(".*/profile$"));

        Path tooLarge = Files.createTempFile("too-large", ".pdf");
        Files.write(tooLarge, Arrays.copyOf(StudentProfileTests.SMALL_PDF, 12 * 1024 * 1024));
        browser.findElement(By.id("cv")).sendKeys(tooLarge.toString());
        browser.findElement(By.cssSelector(".profile-cv button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cv-error")));
        assertThat(browser.findElement(By.id("cv-error")).getText()).startsWith("This file is larger than 5 MB.");
        Browser.screenshot(browser, "profile-01-cv-too-large");

        Path pdf = Files.createTempFile("my-cv", ".pdf");
        Files.write(pdf, StudentProfileTests.SMALL_PDF);
        browser.findElement(By.id("cv")).sendKeys(pdf.toString());
        browser.findElement(By.cssSelector(".profile-cv button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cv-current")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Your CV is uploaded.");

        browser.findElement(By.id("portfolioPublic")).click();
        browser.findElement(By.cssSelector("form[action='/profile'] button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("My public portfolio")));
        Browser.screenshot(browser, "profile-02-saved");

        browser.findElement(By.linkText("My public portfolio")).click();
        wait.until(ExpectedConditions.urlContains("/portfolio/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Phoebe Phone");
        Browser.screenshot(browser, "profile-03-portfolio");
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(390L);

        browser.findElement(By.cssSelector("a.verify-link")).click();
        wait.until(ExpectedConditions.urlContains("/verify/"));
        assertThat(browser.findElement(By.cssSelector(".verification-posting")).getText())
                .isEqualTo("Mobile survey analysis");
        Browser.screenshot(browser, "profile-04-verification");

        browser.findElement(By.cssSelector(".verification-company a")).click();
        wait.until(ExpectedConditions.urlContains("/companies/"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Handheld Analytics");
        Browser.screenshot(browser, "profile-05-company");
    }
}
