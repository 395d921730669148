package org.stint.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium driven by Selenium, using the machine's Debian {@code chromium} and
 * {@code chromium-driver} packages (CI installs them); nothing is downloaded at test time.
 */
public final class Browser {

    private static final String CHROMIUM = env("STINT_CHROMIUM", "/usr/bin/chromium");

    private static final String CHROMEDRIVER = env("STINT_CHROMEDRIVER", "/usr/bin/chromedriver");

    private Browser() {}

    public static WebDriver start() {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium and ChromeDriver: "
                    + "apt-get install -y chromium chromium-driver (looked for " + CHROMIUM + " and " + CHROMEDRIVER
                    + "; STINT_CHROMIUM / STINT_CHROMEDRIVER override)");
        }
        System.setProperty("SE_OFFLINE", "true");
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM);
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-extensions",
                    "--no-first-run",
                    "--window-size=1280,1000",
                    "--user-data-dir=" + Files.createTempDirectory("stint-chromium"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER))
                    .build();
            WebDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
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

        @Override
        public void beforeEach(ExtensionContext context) {
            driver = start();
            if (windowSize != null) {
                driver.manage().window().setSize(windowSize);
            }
            waiting = new WebDriverWait(driver, timeout);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (driver != null) {
                driver.quit();
                driver = null;
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
