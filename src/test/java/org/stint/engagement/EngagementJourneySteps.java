package org.stint.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stint.testsupport.Browser;

/**
 * The steps of the engagement journey in a real Chromium: a fresh browser for each test, signing
 * in, finding, typing, clicking and following to the next page, reading the flash message, and
 * screenshots at 1366 px and at a phone's width.
 */
abstract class EngagementJourneySteps {

    static final String PASSWORD = "engagement-journey-password";

    static final int WIDE = 1366;

    @LocalServerPort
    int port;

    @RegisterExtension
    final Browser.PerTest session = new Browser.PerTest(Duration.ofSeconds(20));

    WebDriver driver() {
        return session.driver();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void signIn(String email) {
        Browser.signIn(driver(), session.waiting(), url(""), email, PASSWORD);
    }

    WebElement find(String css) {
        return driver().findElement(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    void type(String id, String value) {
        WebElement field = driver().findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    void click(String buttonText) {
        WebElement button = driver().findElements(By.cssSelector("main button")).stream()
                .filter(b -> b.getText().equals(buttonText))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + buttonText + " on " + driver().getCurrentUrl()));
        follow(button);
    }

    /** Clicks a link or a form's button and waits until the next page has replaced this one. */
    void follow(WebElement element) {
        element.click();
        // gone: Chromium answers "stale" or, mid-navigation, "node does not belong to the document"
        session.waiting().until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    /** The flash message above the page's main part (not the engagement's own unread notice). */
    String flash() {
        return session.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("div.wrap > p[role=status]")))
                .getText();
    }

    /**
     * The page now open, saved at 1366 px and, reloaded at 390 px, again, each scrolled to the part
     * shown (the top of the page when {@code css} is null); the window goes back to 1366 px.
     */
    void screenshots(String name, String css) {
        Browser.viewport(driver(), WIDE, 900);
        show(css);
        Browser.screenshot(driver(), "engagement-" + name + "-" + WIDE);
        Browser.viewport(driver(), Browser.PHONE_WIDTH, 844);
        driver().navigate().refresh();
        Browser.assertFitsWidth(driver());
        show(css);
        Browser.screenshot(driver(), "engagement-" + name + "-" + Browser.PHONE_WIDTH);
        Browser.viewport(driver(), WIDE, 900);
    }

    void show(String css) {
        JavascriptExecutor js = (JavascriptExecutor) driver();
        if (css == null) {
            js.executeScript("window.scrollTo(0, 0)");
        } else {
            js.executeScript("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -90)", find(css));
        }
    }

    /** The id number of the only element matching the selector whose id starts with the prefix. */
    long idOf(String css, String prefix) {
        List<WebElement> found = driver().findElements(By.cssSelector(css));
        assertThat(found).hasSize(1);
        return Long.parseLong(found.get(0).getAttribute("id").substring(prefix.length()));
    }
}
