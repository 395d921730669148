package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.Browser;
import org.stint.testsupport.ServerTest;

/**
 * One journey per role on the demo data, in a real Chromium: each page at 1366 px and at 390 px,
 * with a screenshot of both in {@code target/screenshots/role-…} (a few are copied into
 * {@code docs/screenshots/} for the README), and no page wider than its viewport.
 */
@ServerTest
class RoleJourneysBrowserTests {

    private static final int WIDE = 1366;

    @LocalServerPort
    int port;

    @RegisterExtension
    final Browser.PerTest session = new Browser.PerTest(Duration.ofSeconds(15));

    private WebDriver driver() {
        return session.driver();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens the page wide and on a phone, saving both screenshots and checking both widths. */
    private void both(String path, String name) {
        Browser.viewport(driver(), WIDE, 900);
        driver().get(url(path));
        Browser.assertFitsWidth(driver());
        Browser.screenshot(driver(), "role-" + name + "-" + WIDE);
        phone(name);
    }

    /** The page now open, again at 390 px (reloaded, so its script sees a phone). */
    private void phone(String name) {
        Browser.viewport(driver(), Browser.PHONE_WIDTH, 844);
        driver().navigate().refresh();
        Browser.assertFitsWidth(driver());
        Browser.screenshot(driver(), "role-" + name + "-" + Browser.PHONE_WIDTH);
    }

    private void wide() {
        Browser.viewport(driver(), WIDE, 900);
    }

    private void signIn(String email) {
        Browser.signIn(driver(), session.waiting(), url(""), email, DemoData.DEMO_PASSWORD);
    }

    private String flash() {
        return session.waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[role=status]")))
                .getText();
    }

    /** Whether the element lies within the viewport's width (no sideways scrolling to reach it). */
    private static boolean withinWidth(WebElement element, int width) {
        return element.getRect().getX() >= 0
                && element.getRect().getX() + element.getRect().getWidth() <= width;
    }

    @Test
    void aStudentBrowsesSavesAPostingReadsItAndFollowsTheirApplications() {
        signIn(DemoData.DEMO_STUDENT);
        both("/", "student-home");

        both("/postings?q=data", "student-browse");
        wide();
        driver().navigate().refresh();
        assertThat(driver().findElement(By.cssSelector(".browse-side details.facets"))
                        .getAttribute("open"))
                .as("facets open beside the results on a wide screen")
                .isNotNull();
        WebElement card = driver().findElement(By.cssSelector("article.posting-card"));
        String title = card.findElement(By.cssSelector(".card-title a")).getText();
        card.findElement(By.cssSelector("form.save-posting button")).click();
        assertThat(flash()).startsWith("Saved.");
        assertThat(driver().getCurrentUrl()).contains("/postings?q=data");

        driver().findElement(By.linkText(title)).click();
        session.waiting().until(ExpectedConditions.urlMatches(".*/postings/\\d+$"));
        String posting = driver().getCurrentUrl().replaceAll(".*(/postings/\\d+)$", "$1");
        both(posting, "student-posting");
        WebElement summary = driver().findElement(By.cssSelector(".posting-summary"));
        WebElement description = driver().findElement(By.cssSelector(".prose"));
        assertThat(summary.getRect().getY())
                .as("on a phone, pay and Apply come before the description")
                .isLessThan(description.getRect().getY());
        assertThat(summary.getText()).contains("Apply by");
        assertThat(driver().findElement(By.cssSelector(".posting-summary .save-button"))
                        .getText())
                .startsWith("Saved");

        both("/saved-postings", "student-saved-postings");
        assertThat(driver().findElements(By.cssSelector(".saved-posting .notice-title")).stream()
                        .map(WebElement::getText)
                        .toList())
                .contains(title);
        both("/applications", "student-applications");
        both("/profile", "student-profile");
        both("/saved-searches", "student-saved-searches");
    }

    @Test
    void anEmployerManagesPostingsOnAPhoneAndKeepsNotesOnAnApplicant() {
        signIn(DemoData.DEMO_EMPLOYER);
        both("/employer/postings", "employer-postings");
        List<WebElement> edits = driver().findElements(By.cssSelector("td.actions a"));
        assertThat(edits).isNotEmpty();
        assertThat(edits)
                .as("every row's Edit link is on screen at 390 px, not in a sideways-scrolling table")
                .allMatch(link -> withinWidth(link, Browser.PHONE_WIDTH));
        driver().findElements(By.cssSelector("td.actions button"))
                .forEach(button -> assertThat(withinWidth(button, Browser.PHONE_WIDTH))
                        .as(button.getText())
                        .isTrue());

        wide();
        String applicants = driver().findElements(By.cssSelector("td.num a")).stream()
                .max(java.util.Comparator.comparingInt(a -> Integer.parseInt(a.getText())))
                .orElseThrow()
                .getAttribute("href")
                .replaceAll("^https?://[^/]+", "");
        both(applicants + "?sort=NAME", "employer-applicants");
        wide();
        driver().navigate().refresh();
        driver().findElement(By.cssSelector("article.applicant .card-title a")).click();
        session.waiting().until(ExpectedConditions.urlMatches(".*/employer/applications/\\d+$"));
        driver().findElement(By.id("note-body")).sendKeys("Strong SQL; call on Monday.");
        driver().findElement(By.cssSelector("#notes form button")).click();
        assertThat(flash()).isEqualTo("Note added.");
        assertThat(driver().findElement(By.cssSelector("#notes .notes-list")).getText())
                .contains("Strong SQL; call on Monday.");
        Browser.screenshot(driver(), "role-employer-application-" + WIDE);
        phone("employer-application");

        both("/employer/partnerships", "employer-partnerships");
        both("/employer/postings/new", "employer-new-posting");
        both("/employer/company", "employer-company");
    }

    @Test
    void careerOfficeStaffReviewAPartnershipAndReadTheirReport() {
        signIn(DemoData.DEMO_STAFF);
        both("/university", "staff-home");
        both("/university/partnerships", "staff-partnerships");
        List<WebElement> partnerships =
                driver().findElements(By.cssSelector("main a[href*='/university/partnerships/']"));
        if (!partnerships.isEmpty()) {
            String partnership = partnerships.get(0).getAttribute("href").replaceAll("^https?://[^/]+", "");
            both(partnership, "staff-partnership");
        }
        both("/university/reports", "staff-reports");
        List<WebElement> labels = driver().findElements(By.cssSelector(".chart-label"));
        if (!labels.isEmpty()) {
            ((org.openqa.selenium.JavascriptExecutor) driver())
                    .executeScript("document.querySelector('.chart').scrollIntoView()");
            Browser.screenshot(driver(), "role-staff-reports-chart-" + Browser.PHONE_WIDTH);
            wide();
            driver().navigate().refresh();
            ((org.openqa.selenium.JavascriptExecutor) driver())
                    .executeScript("document.querySelector('.chart').scrollIntoView()");
            Browser.screenshot(driver(), "role-staff-reports-chart-" + WIDE);
            double size = driver().findElements(By.cssSelector(".chart-label")).stream()
                    .mapToDouble(l -> l.getRect().getHeight())
                    .min()
                    .orElseThrow();
            assertThat(size).as("chart labels drawn at a readable size").isGreaterThanOrEqualTo(11);
        }
        both("/university/settings", "staff-settings");
        both("/university/recommendations", "staff-recommendations");
    }

    @Test
    void anAdministratorRunsTheSite() {
        signIn(DemoData.DEMO_ADMIN);
        both("/admin", "admin-home");
        both("/admin/universities", "admin-universities");
        both("/admin/users", "admin-users");
        both("/admin/moderation", "admin-moderation");
        assertThat(session.pagesChecked()).contains("/admin/users");
    }

    @Test
    void aVisitorSeesTheHomeBrowseAndAPosting() {
        both("/", "visitor-home");
        both("/postings", "visitor-browse");
        wide();
        driver().navigate().refresh();
        driver().findElement(By.cssSelector(".posting-card .card-title a")).click();
        session.waiting().until(ExpectedConditions.urlMatches(".*/postings/\\d+$"));
        phone("visitor-posting");
        both("/about", "visitor-about");
        both("/signup/student", "visitor-signup");
    }
}
