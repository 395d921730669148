package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.Browser;
import org.stint.testsupport.ServerTest;

/** A visitor finds a posting and signs in as a student, in a real Chromium. */
@ServerTest
class BrowserJourneyTests {

    @LocalServerPort
    int port;

    @RegisterExtension
    final Browser.PerTest session = new Browser.PerTest(Duration.ofSeconds(15));

    @Test
    void searchOpenAPostingSignInAndSeeMyApplications() {
        session.driver().get("http://localhost:" + port + "/");
        assertThat(session.driver().findElement(By.tagName("h1")).getText()).contains("Short, paid projects");
        Browser.screenshot(session.driver(), "01-home");

        session.driver().findElement(By.id("hero-q")).sendKeys("data");
        session.driver().findElement(By.cssSelector(".hero-search button")).click();
        session.waiting().until(ExpectedConditions.urlContains("/postings?q=data"));
        assertThat(session.driver()
                        .findElement(By.cssSelector(".results-count"))
                        .getText())
                .matches("\\d+ postings? match");
        Browser.screenshot(session.driver(), "02-search");

        String title = session.driver()
                .findElement(By.cssSelector(".posting-card .card-title a"))
                .getText();
        session.driver()
                .findElement(By.cssSelector(".posting-card .card-title a"))
                .click();
        session.waiting().until(ExpectedConditions.urlMatches(".*/postings/\\d+$"));
        assertThat(session.driver().findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(session.driver()
                        .findElement(By.cssSelector(".posting-facts .pay"))
                        .getText())
                .isNotBlank();
        Browser.screenshot(session.driver(), "03-posting");

        session.driver().findElement(By.linkText("Sign in")).click();
        session.waiting().until(ExpectedConditions.urlContains("/login"));
        session.driver().findElement(By.id("username")).sendKeys(DemoData.DEMO_STUDENT);
        session.driver().findElement(By.id("password")).sendKeys(DemoData.DEMO_PASSWORD);
        session.driver().findElement(By.cssSelector("form button[type=submit]")).click();

        session.waiting().until(ExpectedConditions.urlContains("/applications"));
        assertThat(session.driver().findElement(By.tagName("h1")).getText()).isEqualTo("My applications");
        assertThat(session.driver().findElements(By.cssSelector("tbody tr"))).isNotEmpty();
        Browser.screenshot(session.driver(), "04-my-applications");

        session.driver().findElement(By.cssSelector("header form button")).click();
        session.waiting().until(ExpectedConditions.urlContains("signedOut"));
        assertThat(session.driver().findElement(By.cssSelector("[role=status]")).getText())
                .isEqualTo("You have signed out.");
    }
}
