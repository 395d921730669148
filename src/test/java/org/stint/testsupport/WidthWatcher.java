package org.stint.testsupport;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.events.WebDriverListener;

/**
 * Watches a journey: after each page load, click or form submit that brought a new document,
 * the page is checked at its width and at {@value PageWidth#PHONE_WIDTH} px ({@link PageWidth#checkWidths}); a
 * document once checked carries a mark, so a click that stays on the page costs one script.
 * The problems are collected for {@link Browser.PerTest} to report when the test ends. Public,
 * as Selenium's decorator calls a listener's methods by reflection.
 */
public final class WidthWatcher implements WebDriverListener {

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
            Object seen = js.executeScript(
                    "return document.readyState === 'complete'" + " ? (window.__stintWidthChecked === true) : null");
            if (Boolean.FALSE.equals(seen)) {
                checked.add((String) js.executeScript("return location.pathname + location.search"));
                problems.addAll(PageWidth.checkWidths(driver));
                js.executeScript("window.__stintWidthChecked = true");
            }
        } catch (RuntimeException notNow) {
            // a page in the middle of loading, an alert: the next step checks it
        } finally {
            busy = false;
        }
    }
}
