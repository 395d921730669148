package org.stint.student;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stint.testsupport.Browser;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.ServerTest;

/** On a phone-sized Chromium: a student uploads a CV too large, then a real one, and publishes the portfolio. */
@ServerTest
class ProfileBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @RegisterExtension
    final Browser.PerTest session = new Browser.PerTest(Duration.ofSeconds(20), new Dimension(390, 844));

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void uploadACvAndPublishThePortfolioOnAPhone() throws Exception {
        Fixtures data = new Fixtures(jdbc);
        long student = data.student()
                .named("Phoebe Phone")
                .password("{noop}not-used")
                .create()
                .userId();
        TestCompany company = data.company().named("Handheld Analytics").create();
        long posting =
                data.posting(company).title("Mobile survey analysis").closed().create();
        data.application(posting, student)
                .inState("COMPLETED")
                .hours(24.0)
                .studentRating(5)
                .feedback("Excellent.")
                .create();

        session.driver().get(url("/login"));
        session.driver().findElement(By.id("username")).sendKeys(data.email(student));
        session.driver().findElement(By.id("password")).sendKeys("not-used");
        session.driver().findElement(By.cssSelector("form button[type=submit]")).click();
        session.waiting().until(ExpectedConditions.urlContains("/applications"));

        // on a phone the site's links sit behind the header's Menu button
        session.driver()
                .findElement(By.cssSelector("header summary.menu-button"))
                .click();
        session.driver().findElement(By.linkText("My profile")).click();
        session.waiting().until(ExpectedConditions.urlMatches(".*/profile$"));

        Path tooLarge = Files.createTempFile("too-large", ".pdf");
        Files.write(tooLarge, Arrays.copyOf(StudentProfileTests.SMALL_PDF, 12 * 1024 * 1024));
        session.driver().findElement(By.id("cv")).sendKeys(tooLarge.toString());
        session.driver()
                .findElement(By.cssSelector(".profile-cv button[type=submit]"))
                .click();
        session.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("cv-error")));
        assertThat(session.driver().findElement(By.id("cv-error")).getText())
                .startsWith("This file is larger than 5 MB.");
        Browser.screenshot(session.driver(), "profile-01-cv-too-large");

        Path pdf = Files.createTempFile("my-cv", ".pdf");
        Files.write(pdf, StudentProfileTests.SMALL_PDF);
        session.driver().findElement(By.id("cv")).sendKeys(pdf.toString());
        session.driver()
                .findElement(By.cssSelector(".profile-cv button[type=submit]"))
                .click();
        session.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".cv-current")));
        assertThat(session.driver().findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("Your CV is uploaded.");

        session.driver().findElement(By.id("portfolioPublic")).click();
        session.driver()
                .findElement(By.cssSelector("form[action='/profile'] button[type=submit]"))
                .click();
        session.waiting().until(ExpectedConditions.presenceOfElementLocated(By.linkText("My public portfolio")));
        Browser.screenshot(session.driver(), "profile-02-saved");

        session.driver().findElement(By.linkText("My public portfolio")).click();
        session.waiting().until(ExpectedConditions.urlContains("/portfolio/"));
        assertThat(session.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Phoebe Phone");
        Browser.screenshot(session.driver(), "profile-03-portfolio");
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) session.driver())
                        .executeScript("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(390L);

        session.driver().findElement(By.cssSelector("a.verify-link")).click();
        session.waiting().until(ExpectedConditions.urlContains("/verify/"));
        assertThat(session.driver()
                        .findElement(By.cssSelector(".verification-posting"))
                        .getText())
                .isEqualTo("Mobile survey analysis");
        Browser.screenshot(session.driver(), "profile-04-verification");

        session.driver().findElement(By.cssSelector(".verification-company a")).click();
        session.waiting().until(ExpectedConditions.urlContains("/companies/"));
        assertThat(session.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Handheld Analytics");
        Browser.screenshot(session.driver(), "profile-05-company");
    }
}
