package org.stint.university;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stint.posting.PostingNotFoundException;
import org.stint.posting.PostingsForHiring;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.TestCompany;
import org.stint.testsupport.Fixtures.TestUniversity;
import org.stint.testsupport.Html;

/**
 * A partner-only university's student cannot find, open or act on a non-partner posting by any
 * route, a direct URL included; other viewers are not affected; partners carry the mark.
 */
class PartnerOnlyVisibilityTests extends AppTestSupport {

    @Autowired
    PostingsForHiring postings;

    private TestUniversity strict;

    private TestUniversity open;

    private String word;

    private long partnerPosting;

    private long pendingPosting;

    private long declinedPosting;

    private String strictStudent;

    private String openStudent;

    private long strictStudentId;

    @BeforeEach
    void universitiesAndCompanies() {
        strict = data.university(true);
        open = data.university(false);
        TestCompany partner = data.company("Partner Co");
        TestCompany pending = data.company("Pending Co");
        TestCompany declined = data.company("Declined Co");
        data.partnership(strict, partner, "APPROVED");
        data.partnership(strict, pending, "REQUESTED");
        data.partnership(strict, declined, "DECLINED");
        data.partnership(open, declined, "APPROVED");
        word = Fixtures.unique("zebrafy");
        partnerPosting = data.posting(partner, "Partner work " + word, "DATA", "USD");
        pendingPosting = data.posting(pending, "Pending work " + word, "DATA", "USD");
        declinedPosting = data.posting(declined, "Declined work " + word, "DATA", "USD");
        strictStudentId = data.student(strict, "Strict Student");
        strictStudent = data.email(strictStudentId);
        openStudent = data.email(data.student(open, "Open Student"));
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return Html.parse(mvc.perform(request).andExpect(status().isOk()).andReturn());
    }

    private List<String> found(String email) throws Exception {
        MockHttpServletRequestBuilder request = get("/postings").param("q", word);
        if (email != null) {
            request = request.with(as(email));
        }
        return page(request).select(".posting-card .card-title a").eachText();
    }

    @Test
    void searchAndBrowseShowOnlyPartnersToAPartnerOnlyUniversitysStudents() throws Exception {
        assertThat(found(strictStudent)).containsExactly("Partner work " + word);
        assertThat(found(openStudent)).hasSize(3);
        assertThat(found(null)).hasSize(3);
        assertThat(page(get("/postings").param("q", word).with(as(strictStudent)))
                        .select(".results-count")
                        .text())
                .startsWith("1 posting");
    }

    @Test
    void browseTellsAPartnerOnlyUniversitysStudentsWhyTheySeeFewerPostings() throws Exception {
        assertThat(page(get("/postings").with(as(strictStudent)))
                        .select(".partner-only-note")
                        .text())
                .isEqualTo("Your university, " + strict.name()
                        + ", shows postings from its partner companies only, so you see fewer postings than"
                        + " other students.");
        assertThat(page(get("/postings").with(as(openStudent))).select(".partner-only-note"))
                .isEmpty();
        assertThat(page(get("/postings")).select(".partner-only-note")).isEmpty();
    }

    @Test
    void aNonPartnersPostingTellsTheStudentWhyInsteadOfNotFound() throws Exception {
        org.springframework.test.web.servlet.MvcResult whyResult = mvc.perform(
                        get("/postings/" + declinedPosting).with(as(strictStudent)))
                .andExpect(status().isNotFound())
                .andReturn();
        Document why = Html.parse(whyResult);
        assertThat(why.select("h1").text()).isEqualTo("Not a partner of your university");
        assertThat(why.select(".unavailable-reason").text())
                .contains("Declined work " + word)
                .contains("Declined Co")
                .contains("not a vetted partner of " + strict.name());
        assertThat(why.select("main a[href=/postings]")).isNotEmpty();
        org.stint.testsupport.PageChecks.assertUsable(Html.raw(whyResult), "/postings/{notAPartner}");

        jdbc.sql("update postings set status = 'CLOSED', closed_reason = 'MANUAL', closed_at = now(),"
                        + " hidden_at = now(), hidden_reason = 'Spam' where id = :id")
                .param("id", pendingPosting)
                .update();
        Document hidden =
                Html.parse(mvc.perform(get("/postings/" + pendingPosting).with(as(strictStudent)))
                        .andExpect(status().isNotFound())
                        .andReturn());
        assertThat(hidden.select("h1").text())
                .as("a hidden posting is not explained to a student who never applied to it")
                .isNotEqualTo("Not a partner of your university")
                .isNotEqualTo("This posting was removed");
        assertThat(hidden.text()).doesNotContain("Pending work");
    }

    @Test
    void theAtomFeedOfASearchObeysTheRuleToo() throws Exception {
        String feed = mvc.perform(get("/postings/feed").param("q", word).with(as(strictStudent)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> titles = org.jsoup.Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser())
                .select("entry > title")
                .eachText();
        assertThat(titles).containsExactly("Partner work " + word);
        String anonymous = mvc.perform(get("/postings/feed").param("q", word))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(anonymous, "", org.jsoup.parser.Parser.xmlParser())
                        .select("entry"))
                .hasSize(3);
    }

    @Test
    void theHomePageListsNoNonPartnerPosting() throws Exception {
        List<String> latest =
                page(get("/").with(as(strictStudent))).select(".card-title a").eachText();
        assertThat(latest).contains("Partner work " + word);
        assertThat(latest).doesNotContain("Pending work " + word, "Declined work " + word);
    }

    @Test
    void aDirectUrlToANonPartnerPostingAnswersNotFound() throws Exception {
        for (long posting : List.of(pendingPosting, declinedPosting)) {
            mvc.perform(get("/postings/" + posting).with(as(strictStudent))).andExpect(status().isNotFound());
            mvc.perform(post("/postings/" + posting + "/report")
                            .param("reason", "Trying to reach it anyway")
                            .with(csrf())
                            .with(as(strictStudent)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/postings/" + posting).with(as(openStudent))).andExpect(status().isOk());
            mvc.perform(get("/postings/" + posting)).andExpect(status().isOk());
        }
        mvc.perform(get("/postings/" + partnerPosting).with(as(strictStudent))).andExpect(status().isOk());
    }

    @Test
    void aStudentCannotApplyToANonPartnerPostingByItsUrl() throws Exception {
        mvc.perform(get("/postings/" + declinedPosting + "/apply").with(as(strictStudent)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/postings/" + declinedPosting + "/apply")
                        .param("coverNote", "Please take me anyway, I found the link.")
                        .with(csrf())
                        .with(as(strictStudent)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from applications where student_id = :s")
                        .param("s", strictStudentId)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/postings/" + partnerPosting + "/apply").with(as(strictStudent)))
                .andExpect(status().isOk());
    }

    @Test
    void theApplyPathRuleRefusesNonPartnerPostings() {
        assertThat(postings.requireVisibleTo(partnerPosting, strictStudentId).id())
                .isEqualTo(partnerPosting);
        for (long notAPartners : new long[] {pendingPosting, declinedPosting}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> postings.requireVisibleTo(notAPartners, strictStudentId))
                    .isInstanceOf(PostingNotFoundException.class);
        }
        assertThat(postings.requireVisibleTo(declinedPosting, null).id()).isEqualTo(declinedPosting);
    }

    @Test
    void partnersCarryTheMarkOfTheStudentsOwnUniversityOnly() throws Exception {
        Document strictView = page(get("/postings/" + partnerPosting).with(as(strictStudent)));
        assertThat(strictView.select(".vetted-mark").text()).isEqualTo("Vetted partner of " + strict.name());

        Document openSearch = page(get("/postings").param("q", word).with(as(openStudent)));
        assertThat(openSearch
                        .select(".posting-card:has(.vetted-mark) .card-title a")
                        .eachText())
                .containsExactly("Declined work " + word);
        assertThat(openSearch.select(".vetted-mark").text()).isEqualTo("Vetted partner of " + open.name());

        assertThat(page(get("/postings/" + partnerPosting)).select(".vetted-mark"))
                .isEmpty();
    }

    @Test
    void theSettingDecidesAndStaffCannotRecommendWhatTheirStudentsCannotSee() throws Exception {
        mvc.perform(post("/university/recommendations")
                        .param("postingId", Long.toString(pendingPosting))
                        .with(csrf())
                        .with(as(strict.staffEmail())))
                .andExpect(redirectedUrl("/university/recommendations"));
        assertThat(jdbc.sql("select count(*) from recommendations where university_id = :u")
                        .param("u", strict.id())
                        .query(Long.class)
                        .single())
                .isZero();

        mvc.perform(post("/university/settings")
                        .param("partnerOnly", "false")
                        .with(csrf())
                        .with(as(strict.staffEmail())))
                .andExpect(redirectedUrl("/university/settings"));
        assertThat(found(strictStudent)).hasSize(3);
        mvc.perform(get("/postings/" + pendingPosting).with(as(strictStudent))).andExpect(status().isOk());
    }

    @Test
    void recommendationsShowOnTheStudentsHome() throws Exception {
        mvc.perform(post("/university/recommendations")
                        .param("postingId", Long.toString(partnerPosting))
                        .param("note", "Great first project")
                        .with(csrf())
                        .with(as(strict.staffEmail())))
                .andExpect(redirectedUrl("/university/recommendations"));
        Document home = page(get("/applications").with(as(strictStudent)));
        assertThat(home.select(".recommendations li")).hasSize(1);
        assertThat(home.select(".recommendations li").text()).contains("Partner work " + word, "Great first project");
        assertThat(page(get("/applications").with(as(openStudent)))
                        .select(".recommendations li")
                        .text())
                .doesNotContain(word);
    }
}
