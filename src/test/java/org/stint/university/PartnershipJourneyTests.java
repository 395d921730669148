package org.stint.university;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.stint.testsupport.Browser;
import org.stint.testsupport.BrowserJourney;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Fixtures.TestUniversity;
import org.stint.testsupport.ServerTest;

/**
 * In a real Chromium: a company asks a partner-only university for partnership, its career office
 * approves, and the university's student now finds the posting marked as a vetted partner's.
 */
@ServerTest
class PartnershipJourneyTests extends BrowserJourney {

    private void signOut() {
        session.driver().findElement(By.cssSelector("header form button")).click();
        session.waiting().until(ExpectedConditions.urlContains("signedOut"));
    }

    @Test
    void companyRequestsStaffApprovesStudentSeesTheMark() {
        Fixtures fixtures = new Fixtures(jdbc);
        String hash = passwords.encode(PASSWORD);
        TestUniversity university = fixtures.university(true, hash);
        TestCompany company = fixtures.company("Journey Labs", hash);
        String word = Fixtures.unique("okapify");
        fixtures.posting(company, "Journey posting " + word, "SOFTWARE", "USD");
        String student = fixtures.email(fixtures.student(university, "Journey Student", hash));

        // before: the partner-only university's student cannot find it
        signIn(student);
        session.driver().get(url("/postings?q=" + word));
        assertThat(session.driver().findElements(By.cssSelector(".posting-card")))
                .isEmpty();
        signOut();

        signIn(company.memberEmail());
        session.driver().get(url("/employer/partnerships"));
        new Select(session.driver().findElement(By.id("universityId"))).selectByVisibleText(university.name());
        session.driver().findElement(By.id("message")).sendKeys("We pair every student with a mentor.");
        session.driver().findElement(By.id("request-partnership")).click();
        session.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[role=status]"), "Your request was sent"));
        Browser.screenshot(session.driver(), "partnership-01-requested");
        signOut();

        signIn(university.staffEmail());
        session.waiting().until(ExpectedConditions.urlContains("/university"));
        session.driver().findElement(By.linkText("Partner companies")).click();
        session.driver().findElement(By.linkText(company.name())).click();
        session.waiting().until(ExpectedConditions.urlMatches(".*/university/partnerships/\\d+$"));
        assertThat(session.driver()
                        .findElement(By.cssSelector(".request-message"))
                        .getText())
                .isEqualTo("We pair every student with a mentor.");
        Browser.screenshot(session.driver(), "partnership-02-evidence");
        session.driver().findElement(By.id("approve")).click();
        // approving asks first, on a page of its own
        session.waiting().until(ExpectedConditions.urlMatches(".*/university/partnerships/\\d+/approve$"));
        session.driver()
                .findElement(By.xpath("//main//button[normalize-space()='Yes, approve']"))
                .click();
        session.waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("[role=status]"), "vetted partner"));
        signOut();

        signIn(student);
        session.driver().get(url("/postings?q=" + word));
        assertThat(session.driver()
                        .findElement(By.cssSelector(".posting-card .card-title a"))
                        .getText())
                .isEqualTo("Journey posting " + word);
        assertThat(session.driver()
                        .findElement(By.cssSelector(".posting-card .vetted-mark"))
                        .getText())
                .isEqualTo("Vetted partner of " + university.name());
        session.driver()
                .findElement(By.cssSelector(".posting-card .card-title a"))
                .click();
        session.waiting().until(ExpectedConditions.urlMatches(".*/postings/\\d+$"));
        assertThat(session.driver().findElement(By.cssSelector(".vetted-mark")).getText())
                .isEqualTo("Vetted partner of " + university.name());
        Browser.screenshot(session.driver(), "partnership-03-student-sees-mark");
    }
}
