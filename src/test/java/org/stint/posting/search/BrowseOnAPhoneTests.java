package org.stint.posting.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.stint.testsupport.Browser;
import org.stint.testsupport.ServerTest;

/**
 * On a phone the filters beyond the keywords fold away, so results follow the search box; a
 * search that uses them shows them open. In a real Chromium, phone-sized.
 */
@ServerTest
class BrowseOnAPhoneTests {

    @LocalServerPort
    int port;

    @RegisterExtension
    final Browser.PerTest session = new Browser.PerTest(Duration.ofSeconds(15), new Dimension(390, 844));

    @Test
    void theFiltersFoldAwayUnlessTheSearchUsesThem() {
        session.driver().get("http://localhost:" + port + "/postings?q=data");
        WebElement more = session.driver().findElement(By.cssSelector("details.filters-more"));
        assertThat(more.getAttribute("open")).as("folded").isNull();
        assertThat(session.driver().findElement(By.id("q")).isDisplayed()).isTrue();
        assertThat(session.driver().findElement(By.id("category")).isDisplayed())
                .isFalse();
        Browser.screenshot(session.driver(), "browse-phone-folded");

        more.findElement(By.tagName("summary")).click();
        assertThat(session.driver().findElement(By.id("category")).isDisplayed())
                .isTrue();

        session.driver().get("http://localhost:" + port + "/postings?q=data&mode=REMOTE");
        assertThat(session.driver().findElement(By.id("mode")).isDisplayed())
                .as("open when used")
                .isTrue();
    }

    @Test
    void onAWideScreenTheFiltersStayOpen() {
        session.driver().manage().window().setSize(new Dimension(1280, 900));
        session.driver().get("http://localhost:" + port + "/postings?q=data");
        assertThat(session.driver().findElement(By.id("category")).isDisplayed())
                .isTrue();
    }
}
