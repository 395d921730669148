package org.stint.testsupport;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.events.WebDriverListener;
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

    /** The phone width every page must fit: an iPhone 12 to 15's viewport. */
    public static final int PHONE_WIDTH = 390;

    /**
     * Sets the viewport (the page's inner size, whatever the window's frame takes) to this size.
     */
    public static void viewport(WebDriver driver, int width, int height) {
        for (int attempt = 0; attempt < 3; attempt++) {
            driver.manage().window().setSize(new Dimension(width, height));
            long[] inner = settledInnerSize(driver);
            long frameWidth = width - inner[0];
            long frameHeight = height - inner[1];
            if (frameWidth == 0 && frameHeight == 0) {
                return;
            }
            // a window frame is a few dozen pixels; a bigger gap is a resize not yet applied: again
            if (Math.abs(frameWidth) < 200 && Math.abs(frameHeight) < 200) {
                driver.manage().window().setSize(new Dimension(width + (int) frameWidth, height + (int) frameHeight));
                return;
            }
        }
    }

    /** The viewport's size once two readings 50 ms apart agree (a resize lands asynchronously). */
    private static long[] settledInnerSize(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long[] last = null;
        for (int i = 0; i < 40; i++) {
            @SuppressWarnings("unchecked")
            List<Number> size = (List<Number>) js.executeScript("return [window.innerWidth, window.innerHeight]");
            long[] now = {size.get(0).longValue(), size.get(1).longValue()};
            if (last != null && last[0] == now[0] && last[1] == now[1]) {
                return now;
            }
            last = now;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return now;
            }
        }
        return last;
    }

    /**
     * Why the current page is wider than the viewport (with its widest elements, to find the
     * culprit), or null when {@code document.documentElement.scrollWidth <= innerWidth}.
     */
    public static String overflow(WebDriver driver) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                var doc = document.documentElement, inner = window.innerWidth;
                var wide = [];
                if (doc.scrollWidth > inner) {
                  document.querySelectorAll('body *').forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.right > inner + 0.5 && wide.length < 5) {
                      wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                          + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                          + ' right=' + Math.round(r.right));
                    }
                  });
                }
                return {scroll: doc.scrollWidth, inner: inner, path: location.pathname + location.search, wide: wide.join(', ')};
                """);
        long scroll = ((Number) answer.get("scroll")).longValue();
        long inner = ((Number) answer.get("inner")).longValue();
        return scroll <= inner
                ? null
                : answer.get("path") + " is " + scroll + " px wide in a " + inner + " px viewport ("
                        + answer.get("wide") + ")";
    }

    /** Fails unless the current page fits the viewport's width: nothing to scroll sideways. */
    public static void assertFitsWidth(WebDriver driver) {
        String overflow = overflow(driver);
        if (overflow != null) {
            throw new AssertionError(overflow);
        }
    }

    /**
     * Checks the current page at its own width and at {@value #PHONE_WIDTH} px, and puts the
     * window back as it was; returns the problems found (empty: it fits both).
     */
    public static List<String> checkWidths(WebDriver driver) {
        List<String> problems = new ArrayList<>();
        String here = overflow(driver);
        if (here != null) {
            problems.add(here);
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        long innerWidth = ((Number) js.executeScript("return window.innerWidth")).longValue();
        if (innerWidth != PHONE_WIDTH) {
            long innerHeight = ((Number) js.executeScript("return window.innerHeight")).longValue();
            Dimension window = driver.manage().window().getSize();
            viewport(driver, PHONE_WIDTH, 844);
            String phone = overflow(driver);
            if (phone != null) {
                problems.add(phone);
            }
            driver.manage().window().setSize(window);
            if (((Number) js.executeScript("return window.innerWidth")).longValue() != innerWidth) {
                viewport(driver, (int) innerWidth, (int) innerHeight);
            }
        }
        return problems;
    }

    /**
     * Watches a journey: after each page load, click or form submit that brought a new document,
     * the page is checked at its width and at {@value #PHONE_WIDTH} px ({@link #checkWidths}); a
     * document once checked carries a mark, so a click that stays on the page costs one script.
     * The problems are collected for {@link PerTest} to report when the test ends.
     */
    public static final class WidthWatcher implements WebDriverListener {

        private final List<String> problems = new ArrayList<>();

        private final List<String> checked = new ArrayList<>();

        private WebDriver driver;

        private boolean busy;

        void watch(WebDriver decorated) {
            this.driver = decorated;
        }

        List<String> problems() {
            return problems;
        }

        /** The addresses of the documents checked, in order. */
        List<String> checked() {
            return checked;
        }

        @Override
        public void afterGet(WebDriver ignored, String url) {
            check();
        }

        @Override
        public void afterClick(WebElement element) {
            check();
        }

        @Override
        public void afterSubmit(WebElement element) {
            check();
        }

        @Override
        public void afterRefresh(WebDriver.Navigation navigation) {
            check();
        }

        @Override
        public void afterBack(WebDriver.Navigation navigation) {
            check();
        }

        private void check() {
            if (busy || driver == null) {
                return;
            }
            busy = true;
            try {
                JavascriptExecutor js = (JavascriptExecutor) driver;
                Object seen = js.executeScript("return document.readyState === 'complete'"
                        + " ? (window.__stintWidthChecked === true) : null");
                if (Boolean.FALSE.equals(seen)) {
                    checked.add((String) js.executeScript("return location.pathname + location.search"));
                    problems.addAll(checkWidths(driver));
                    js.executeScript("window.__stintWidthChecked = true");
                }
            } catch (RuntimeException notNow) {
                // a page in the middle of loading, an alert: the next step checks it
            } finally {
                busy = false;
            }
        }
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
            driver = new EventFiringDecorator<WebDriver>(widths).decorate(start());
            widths.watch(driver);
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
            if (context.getExecutionException().isEmpty() && !widths.problems().isEmpty()) {
                throw new AssertionError("Pages wider than the viewport:\n  "
                        + String.join(
                                "\n  ", widths.problems().stream().distinct().toList()));
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
