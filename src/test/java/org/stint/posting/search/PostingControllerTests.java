package org.stint.posting.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.stint.company.CompanySummary;
import org.stint.posting.Category;
import org.stint.posting.Pay;
import org.stint.posting.PayType;
import org.stint.posting.PostingNotFoundException;
import org.stint.posting.PostingStatus;
import org.stint.posting.WorkMode;
import org.stint.shared.Money;
import org.stint.system.CountryNames;
import org.stint.system.MachineTimes;
import org.stint.testsupport.Html;
import org.stint.testsupport.WebSliceTest;

/** The posting pages' web layer, with the real security configuration and templates. */
@WebMvcTest(PostingController.class)
@Import({CountryNames.class, MachineTimes.class})
class PostingControllerTests extends WebSliceTest {

    @MockitoBean
    PostingBrowsing postings;

    private static PostingDetails details(long id, PostingStatus status, boolean accepting, PayType payType) {
        return new PostingDetails(
                id,
                7,
                "Clean a <script>alert(1)</script> dataset",
                "First paragraph.\n\nSecond paragraph.",
                Category.DATA,
                List.of("SQL", "Python"),
                20,
                4,
                WorkMode.REMOTE,
                null,
                "GB",
                new Pay(Money.of(2_250, "GBP"), payType, 20, 4),
                2,
                LocalDate.of(2030, 1, 15),
                status,
                accepting,
                Instant.parse("2026-11-01T10:00:00Z"));
    }

    private static PostingPage page(PostingDetails posting) {
        return PostingPage.of(
                posting, new CompanySummary(7, "Copperleaf", "copperleaf", null, null, "GB", null), null, null, false);
    }

    @Test
    void anOpenHourlyPostingShowsPayWithUnitAndEstimatedTotal() throws Exception {
        given(postings.publicPage(1, null)).willReturn(page(details(1, PostingStatus.OPEN, true, PayType.HOURLY)));

        Document page = Html.parse(
                mvc.perform(get("/postings/1")).andExpect(status().isOk()).andReturn());

        assertThat(page.select(".posting-facts .pay strong").text()).isEqualTo("£22.50 per hour");
        assertThat(page.select(".posting-facts .pay-estimate").text())
                .isEqualTo("about £1,800 in total (20 h/week for 4 weeks)");
        assertThat(page.select("h1").text()).isEqualTo("Clean a <script>alert(1)</script> dataset");
        assertThat(page.select("main script:not([type=application/ld+json])"))
                .as("titles are escaped")
                .isEmpty();
        assertThat(page.select(".prose p")).hasSize(2);
        assertThat(page.select("dd").text()).contains("Remote, from United Kingdom", "15 January 2030");
        assertThat(page.select("main a.button").text()).isEqualTo("Sign in as a student to apply");
    }

    /**
     * On a phone the page is one column: what a student decides on (pay, hours, deadline) and the
     * way to apply come before the description, not after it.
     */
    @Test
    void payHoursDeadlineAndApplyComeBeforeTheDescription() throws Exception {
        given(postings.publicPage(1, null)).willReturn(page(details(1, PostingStatus.OPEN, true, PayType.HOURLY)));

        Document page = Html.parse(
                mvc.perform(get("/postings/1")).andExpect(status().isOk()).andReturn());

        org.jsoup.nodes.Element summary = page.selectFirst(".posting-summary");
        assertThat(summary).isNotNull();
        assertThat(summary.select(".pay strong").text()).isEqualTo("£22.50 per hour");
        assertThat(summary.text()).contains("20 h/week", "4 weeks", "Apply by", "15 January 2030");
        assertThat(summary.select("a.button").text()).isEqualTo("Sign in as a student to apply");
        List<org.jsoup.nodes.Element> order = page.select(".posting-summary, .prose");
        assertThat(order.get(0).hasClass("posting-summary"))
                .as("the summary precedes the description")
                .isTrue();
    }

    /** A posting's meta description is the start of its own text, as plain, escaped text. */
    @Test
    void aPostingsMetaDescriptionIsItsOwnText() throws Exception {
        PostingDetails long_ = new PostingDetails(
                3,
                7,
                "Survey <b>analysis</b>",
                "Clean <em>and</em> code 400 survey answers.\n\nWe use \"R\" & Python; " + "word ".repeat(60),
                Category.DATA,
                List.of(),
                20,
                4,
                WorkMode.REMOTE,
                null,
                "GB",
                new Pay(Money.of(2_250, "GBP"), PayType.FIXED, 20, 4),
                1,
                LocalDate.of(2030, 1, 15),
                PostingStatus.OPEN,
                true,
                Instant.parse("2026-11-01T10:00:00Z"));
        given(postings.publicPage(3, null)).willReturn(page(long_));

        String html = mvc.perform(get("/postings/3"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Document page = org.jsoup.Jsoup.parse(html);

        String description = page.select("meta[name=description]").attr("content");
        assertThat(page.select("meta[name=description]")).hasSize(1);
        assertThat(description)
                .startsWith("Clean <em>and</em> code 400 survey answers. We use \"R\" & Python; word word")
                .endsWith("…")
                .hasSizeLessThanOrEqualTo(156);
        assertThat(html).as("escaped in the page").contains("content=\"Clean &lt;em&gt;and&lt;/em&gt; code");
    }

    @Test
    void aClosedPostingSaysSoAndOffersNoWayToApply() throws Exception {
        given(postings.publicPage(2, null)).willReturn(page(details(2, PostingStatus.CLOSED, false, PayType.FIXED)));

        Document page = Html.parse(
                mvc.perform(get("/postings/2")).andExpect(status().isOk()).andReturn());

        assertThat(page.select("[role=status]").text()).contains("closed and takes no more applications");
        assertThat(page.select("main a.button")).isEmpty();
        assertThat(page.select(".posting-summary .pay strong").text()).isEqualTo("£22.50 fixed fee");
    }

    @Test
    void anUnknownPostingIsNotFound() throws Exception {
        given(postings.publicPage(404, null)).willThrow(new PostingNotFoundException(404));

        mvc.perform(get("/postings/404")).andExpect(status().isNotFound());
    }

    @Test
    void browseIgnoresValuesThatDoNotBindAndKeepsTheRest() throws Exception {
        given(postings.browse(any(), any()))
                .willReturn(new PostingBrowsing.Browse(new SearchResult(List.of(), 0, 1, 20), null));

        Document page = Html.parse(mvc.perform(get("/postings?q=design&category=NOPE&minHours=abc&mode=REMOTE"))
                .andExpect(status().isOk())
                .andReturn());

        ArgumentCaptor<PostingFilter> filter = ArgumentCaptor.forClass(PostingFilter.class);
        verify(postings).browse(filter.capture(), any());
        assertThat(filter.getValue().q()).isEqualTo("design");
        assertThat(filter.getValue().category()).isNull();
        assertThat(filter.getValue().minHours()).isNull();
        assertThat(filter.getValue().mode()).isEqualTo(WorkMode.REMOTE);
        assertThat(page.select("#q").val()).isEqualTo("design");
        assertThat(page.select("#mode option[selected]").val()).isEqualTo("REMOTE");
        assertThat(page.select(".empty").text()).contains("No postings match this search");
    }
}
