package org.stint.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The viewport's size and whether a page fits its width: nothing to scroll sideways, at the
 * window's width and at a phone's.
 */
public final class PageWidth {

    private PageWidth() {}

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
     * Checks the current page at its own width and at {@value #PHONE_WIDTH} px; returns the
     * problems found (empty: it fits both). Chromium lays the page out at the phone's width through
     * DevTools' device metrics, which takes effect at once and leaves the window as it was.
     */
    public static List<String> checkWidths(WebDriver driver) {
        List<String> problems = new ArrayList<>();
        String here = overflow(driver);
        if (here != null) {
            problems.add(here);
        }
        long innerWidth =
                ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).longValue();
        if (innerWidth != PHONE_WIDTH) {
            HasCdp devTools = (HasCdp) driver;
            devTools.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 0, "mobile", false));
            try {
                String phone = overflow(driver);
                if (phone != null) {
                    problems.add(phone);
                }
            } finally {
                devTools.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            }
        }
        return problems;
    }
}
