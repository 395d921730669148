package org.stint.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.events.EventFiringDecorator;

/** The width check the browser journeys rely on finds a page wider than a phone, and only that. */
class BrowserWidthCheckTests {

    private static String page(String body) {
        return "data:text/html;charset=utf-8,"
                + URLEncoder.encode(
                                "<!DOCTYPE html><html><head><meta name=viewport content='width=device-width'>"
                                        + "<style>body{margin:0}</style></head><body>" + body + "</body></html>",
                                StandardCharsets.UTF_8)
                        .replace("+", "%20");
    }

    @Test
    void aPageWiderThanThePhoneIsReportedWithItsWidestElementAndAFittingOneIsNot() {
        WebDriver driver = Browser.start();
        try {
            Browser.viewport(driver, Browser.PHONE_WIDTH, 844);
            driver.get(page("<table id=wide style='width:485px'><tr><td>x</td></tr></table>"));
            assertThat(Browser.overflow(driver)).contains("485 px wide in a 390 px viewport", "table#wide");
            assertThatThrownBy(() -> Browser.assertFitsWidth(driver)).isInstanceOf(AssertionError.class);

            driver.get(
                    page(
                            "<p style='overflow-wrap:anywhere'>https://a-very-long-company-website.example/with/a/path</p>"
                                    + "<div style='overflow-x:auto'><div style='width:700px'>a chart that scrolls in its frame</div></div>"));
            assertThat(Browser.overflow(driver)).isNull();
        } finally {
            driver.quit();
        }
    }

    @Test
    void theWatcherChecksEachNewPageAtThePhoneWidthToo() {
        WidthWatcher watcher = new WidthWatcher();
        WebDriver driver = new EventFiringDecorator<WebDriver>(watcher).decorate(Browser.start());
        watcher.watch(driver);
        try {
            Browser.viewport(driver, 1366, 900);
            driver.get(page("<div style='width:600px'>fits 1366, not 390</div>"));
            assertThat(watcher.checked()).hasSize(1);
            assertThat(watcher.problems()).singleElement().asString().contains("600 px wide in a 390 px viewport");
            assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                                    .executeScript("return window.innerWidth"))
                            .intValue())
                    .as("the window is put back")
                    .isEqualTo(1366);
        } finally {
            driver.quit();
        }
    }
}
