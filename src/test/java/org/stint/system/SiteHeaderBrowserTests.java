package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.Browser;
import org.stint.testsupport.ServerTest;

/**
 * The site header in a real Chromium: one line on a phone with a menu button that opens by
 * keyboard, and the links inline on a wide screen. Screenshots in target/screenshots.
 */
@ServerTest
class SiteHeaderBrowserTests {

    @LocalServerPort
    int port;

    @RegisterExtension
    final Browser.PerTest session = new Browser.PerTest(Duration.ofSeconds(15));

    private WebDriver driver() {
        return session.driver();
    }

    /** The viewport's inner size, whatever the window's frame takes. */
    private void viewport(int width, int height) {
        driver().manage().window().setSize(new Dimension(width, height));
        JavascriptExecutor js = (JavascriptExecutor) driver();
        long innerWidth = (Long) js.executeScript("return window.innerWidth");
        long innerHeight = (Long) js.executeScript("return window.innerHeight");
        driver().manage()
                .window()
                .setSize(new Dimension(width + (int) (width - innerWidth), height + (int) (height - innerHeight)));
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) driver()).executeScript(script)).longValue();
    }

    /** A link of the site's nav, found by its address whether shown or not. */
    private WebElement link(String path) {
        return driver().findElement(By.cssSelector("header .site-nav a[href='" + path + "']"));
    }

    @Test
    void onAPhoneTheHeaderIsOneLineWithAMenuThatOpensFromTheKeyboard() {
        Browser.signIn(
                driver(), session.waiting(), "http://localhost:" + port, DemoData.DEMO_STUDENT, DemoData.DEMO_PASSWORD);
        driver().get("http://localhost:" + port + "/postings");
        viewport(390, 844);
        driver().navigate().refresh();

        WebElement summary = driver().findElement(By.cssSelector("header summary.menu-button"));
        assertThat(summary.isDisplayed()).isTrue();
        assertThat(summary.getText()).isEqualTo("Menu");
        assertThat(link("/profile").isDisplayed()).as("folded away").isFalse();
        // brand, menu button and bell on one line: the header is no taller than one 44px row and padding
        assertThat(number("return document.querySelector('header.site-header').offsetHeight"))
                .isLessThanOrEqualTo(72);
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        Browser.screenshot(driver(), "header-390-closed");

        // from the brand, Tab reaches the menu button; Enter opens it
        ((JavascriptExecutor) driver()).executeScript("document.querySelector('header .brand').focus()");
        new Actions(driver()).sendKeys(Keys.TAB).perform();
        assertThat(driver().switchTo().activeElement()).isEqualTo(summary);
        new Actions(driver()).sendKeys(Keys.ENTER).perform();
        assertThat(link("/profile").isDisplayed()).as("open").isTrue();
        assertThat(link("/saved-searches").isDisplayed()).isTrue();
        assertThat(driver().findElement(By.cssSelector("header .site-nav button"))
                        .isDisplayed())
                .as("Sign out")
                .isTrue();
        assertThat(number("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
        Browser.screenshot(driver(), "header-390-open");

        link("/profile").click();
        session.waiting().until(d -> d.getCurrentUrl().endsWith("/profile"));
        assertThat(link("/profile").isDisplayed())
                .as("a new page starts folded")
                .isFalse();
    }

    @Test
    void onAWideScreenTheLinksShowInlineWithoutAMenuButton() {
        Browser.signIn(
                driver(), session.waiting(), "http://localhost:" + port, DemoData.DEMO_STUDENT, DemoData.DEMO_PASSWORD);
        viewport(1366, 900);
        driver().get("http://localhost:" + port + "/postings");

        assertThat(driver().findElement(By.cssSelector("header summary.menu-button"))
                        .isDisplayed())
                .isFalse();
        assertThat(link("/profile").isDisplayed()).isTrue();
        assertThat(link("/postings").isDisplayed()).isTrue();
        assertThat(number("return document.querySelector('header.site-header').offsetHeight"))
                .isLessThanOrEqualTo(72);
        Browser.screenshot(driver(), "header-1366");

        driver().manage().deleteAllCookies();
        viewport(390, 844);
        driver().get("http://localhost:" + port + "/");
        assertThat(number("return document.querySelector('header.site-header').offsetHeight"))
                .isLessThanOrEqualTo(72);
        Browser.screenshot(driver(), "header-390-visitor");
    }
}
