package org.stint.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What browser tests use: a real headless Chromium for each test ({@link PerTest}, started by
 * {@link Chromium}), signing in, screenshots, and the width checks of {@link PageWidth}.
 */
public final class Browser {

    /** The phone width every page must fit: an iPhone 12 to 15's viewport. */
    public static final int PHONE_WIDTH = PageWidth.PHONE_WIDTH;

    /** How often a wait looks again: a page here answers in a few milliseconds, not Selenium's default 500. */
    static final Duration POLL = Duration.ofMillis(25);

    private Browser() {}

    /** A headless Chromium, for a test that manages its own. */
    public static WebDriver start() {
        return Chromium.start();
    }

    /** Signs in through the real login form and waits until the browser has left it. */
    public static void signIn(
            WebDriver driver,
            org.openqa.selenium.support.ui.WebDriverWait wait,
            String baseUrl,
            String email,
            String password) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/login");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(email);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.cssSelector("main form button[type=submit]"))
                .click();
        wait.until(org.openqa.selenium.support.ui.ExpectedConditions.not(
                org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/login")));
    }

    /** Sets the viewport (the page's inner size, whatever the window's frame takes) to this size. */
    public static void viewport(WebDriver driver, int width, int height) {
        PageWidth.viewport(driver, width, height);
    }

    /** Why the current page is wider than the viewport, or null when it fits. */
    public static String overflow(WebDriver driver) {
        return PageWidth.overflow(driver);
    }

    /** Fails unless the current page fits the viewport's width: nothing to scroll sideways. */
    public static void assertFitsWidth(WebDriver driver) {
        PageWidth.assertFitsWidth(driver);
    }

    /** Saves a screenshot under target/screenshots for people to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A fresh browser for each test, quit after it, whatever the outcome:
     * {@code @RegisterExtension final Browser.PerTest session = new Browser.PerTest(Duration.ofSeconds(15));}
     */
    public static final class PerTest implements BeforeEachCallback, AfterEachCallback {

        private final Duration timeout;

        private final Dimension windowSize;

        private WebDriver driver;

        private WebDriverWait waiting;

        private WidthWatcher widths;

        public PerTest(Duration timeout) {
            this(timeout, null);
        }

        /** {@code windowSize}: for example a phone's, 390 × 844. */
        public PerTest(Duration timeout, Dimension windowSize) {
            this.timeout = timeout;
            this.windowSize = windowSize;
        }

        public WebDriver driver() {
            return driver;
        }

        /** Waits up to the timeout for a condition. */
        public WebDriverWait waiting() {
            return waiting;
        }

        /** The addresses of the pages this test's journey loaded, each checked for its width. */
        public List<String> pagesChecked() {
            return List.copyOf(widths.checked());
        }

        /**
         * A browser whose every new page is checked: no wider than the viewport, at the test's
         * window size and at 390 px; the test fails at its end if one was.
         */
        @Override
        public void beforeEach(ExtensionContext context) {
            widths = new WidthWatcher();
            driver = new EventFiringDecorator<WebDriver>(widths).decorate(Chromium.start());
            widths.watch(driver);
            if (windowSize != null) {
                driver.manage().window().setSize(windowSize);
            }
            waiting = new WebDriverWait(driver, timeout, POLL);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (driver != null) {
                driver.quit();
                driver = null;
            }
            if (context.getExecutionException().isEmpty() && !widths.problems().isEmpty()) {
                throw new AssertionError("Pages wider than the viewport:\n  "
                        + String.join(
                                "\n  ", widths.problems().stream().distinct().toList()));
            }
        }
    }
}
