package org.stint.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.stint.account.Role;
import org.stint.account.SignedIn;
import org.stint.testsupport.Html;
import org.stint.testsupport.WebSliceTest;

/**
 * The saved-search pages' web layer with the real security rules and templates: who may open
 * them, which view and model each answer has, and how a bad form or a refusal comes back. What
 * the service does with the database is {@code AlertModuleTests}' and {@code SavedSearchAlertsTests}'.
 */
@WebMvcTest(SavedSearchController.class)
class SavedSearchControllerTests extends WebSliceTest {

    private static final long STUDENT = 41;

    @MockitoBean
    SavedSearchService searches;

    private static SavedSearch search(String name, String query, Frequency frequency) {
        return new SavedSearch(STUDENT, name, query, frequency);
    }

    @Test
    void onlyStudentsOpenTheirSavedSearches() throws Exception {
        mvc.perform(get("/saved-searches")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/saved-searches").with(SignedIn.as(7, Role.EMPLOYER))).andExpect(status().isForbidden());
        mvc.perform(get("/saved-searches").with(SignedIn.as(8, Role.UNIVERSITY_STAFF)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/saved-searches/1/delete").with(csrf()).with(SignedIn.as(7, Role.EMPLOYER)))
                .andExpect(status().isForbidden());

        verifyNoInteractions(searches);
    }

    @Test
    void theListShowsEachSearchWithItsFrequencyChosen() throws Exception {
        given(searches.mine(STUDENT))
                .willReturn(List.of(
                        search("Remote data", "q=data&mode=REMOTE", Frequency.DAILY),
                        search("Design", "q=design", Frequency.WEEKLY)));

        var result = mvc.perform(get("/saved-searches").with(SignedIn.as(STUDENT, Role.STUDENT)))
                .andExpect(status().isOk())
                .andExpect(view().name("alert/saved-searches"))
                .andExpect(model().attribute("frequencies", Frequency.values()))
                .andReturn();

        Document page = Html.parse(result);
        assertThat(page.select(".notice-title a").eachText()).containsExactly("Remote data", "Design");
        assertThat(page.select("select option[selected]").eachText()).containsExactly("Once a day", "Once a week");
        assertThat(page.select(".empty")).isEmpty();
    }

    @Test
    void withoutSearchesThePageSaysHowToMakeOne() throws Exception {
        given(searches.mine(STUDENT)).willReturn(List.of());

        Document page = Html.parse(mvc.perform(get("/saved-searches").with(SignedIn.as(STUDENT, Role.STUDENT)))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select(".empty p").first().text()).startsWith("You have no saved searches.");
    }

    @Test
    void savingASearchRedirectsToTheListWithAMessage() throws Exception {
        mvc.perform(post("/saved-searches")
                        .with(csrf())
                        .with(SignedIn.as(STUDENT, Role.STUDENT))
                        .param("name", "Data")
                        .param("query", "q=data")
                        .param("frequency", "INSTANT"))
                .andExpect(redirectedUrl("/saved-searches"))
                .andExpect(flash().attribute("flash", "alert.save.done"));

        verify(searches).save(STUDENT, new SaveSearchForm("Data", "q=data", Frequency.INSTANT));
    }

    @Test
    void aFormWithoutFrequencyOrWithTooLongANameIsNotSaved() throws Exception {
        mvc.perform(post("/saved-searches")
                        .with(csrf())
                        .with(SignedIn.as(STUDENT, Role.STUDENT))
                        .param("query", "q=data"))
                .andExpect(redirectedUrl("/postings"))
                .andExpect(flash().attribute("flashError", "alert.save.invalid"));
        mvc.perform(post("/saved-searches")
                        .with(csrf())
                        .with(SignedIn.as(STUDENT, Role.STUDENT))
                        .param("name", "n".repeat(121))
                        .param("query", "q=data")
                        .param("frequency", "DAILY"))
                .andExpect(redirectedUrl("/postings"))
                .andExpect(flash().attribute("flashError", "alert.save.invalid"));

        verifyNoInteractions(searches);
    }

    @Test
    void aRefusalComesBackAsItsMessage() throws Exception {
        given(searches.save(anyLong(), any())).willThrow(new AlertRefusedException("alert.save.tooMany"));

        mvc.perform(post("/saved-searches")
                        .with(csrf())
                        .with(SignedIn.as(STUDENT, Role.STUDENT))
                        .param("query", "q=data")
                        .param("frequency", "WEEKLY"))
                .andExpect(redirectedUrl("/saved-searches"))
                .andExpect(flash().attribute("flashError", "alert.save.tooMany"));
    }

    @Test
    void changingOrDeletingAnotherStudentsSearchIsNotFound() throws Exception {
        willThrow(new SavedSearchNotFoundException()).given(searches).delete(STUDENT, 5);
        willThrow(new SavedSearchNotFoundException()).given(searches).change(STUDENT, 5, Frequency.DAILY);

        mvc.perform(post("/saved-searches/5/delete").with(csrf()).with(SignedIn.as(STUDENT, Role.STUDENT)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/saved-searches/5")
                        .with(csrf())
                        .with(SignedIn.as(STUDENT, Role.STUDENT))
                        .param("frequency", "DAILY"))
                .andExpect(status().isNotFound());
    }

    @Test
    void changingAndDeletingNeedTheFormsToken() throws Exception {
        mvc.perform(post("/saved-searches/5/delete").with(SignedIn.as(STUDENT, Role.STUDENT)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/saved-searches/5/delete").with(csrf()).with(SignedIn.as(STUDENT, Role.STUDENT)))
                .andExpect(redirectedUrl("/saved-searches"))
                .andExpect(flash().attribute("flash", "alert.delete.done"));
        mvc.perform(post("/saved-searches/5")
                        .with(csrf())
                        .with(SignedIn.as(STUDENT, Role.STUDENT))
                        .param("frequency", "WEEKLY"))
                .andExpect(redirectedUrl("/saved-searches"))
                .andExpect(flash().attribute("flash", "alert.change.done"));

        verify(searches).delete(STUDENT, 5);
        verify(searches).change(STUDENT, 5, Frequency.WEEKLY);
    }

    @Test
    void theUnsubscribePageNeedsNoSignInAndNamesTheSearch() throws Exception {
        given(searches.byToken("tok")).willReturn(search("Remote data", "q=data", Frequency.DAILY));

        Document confirm = Html.parse(mvc.perform(get("/alerts/unsubscribe/tok"))
                .andExpect(status().isOk())
                .andExpect(view().name("alert/unsubscribe"))
                .andReturn());
        assertThat(confirm.select("main").text()).contains("Stop e-mails for your saved search \"Remote data\"?");

        Document done = Html.parse(mvc.perform(post("/alerts/unsubscribe/tok").with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("done", true))
                .andReturn());
        assertThat(done.select("[role=status]").text()).contains("no more e-mails for \"Remote data\"");
        verify(searches).unsubscribe("tok");
    }

    @Test
    void anUnknownUnsubscribeTokenIsNotFound() throws Exception {
        given(searches.byToken("nope")).willThrow(new SavedSearchNotFoundException());

        mvc.perform(get("/alerts/unsubscribe/nope")).andExpect(status().isNotFound());
    }
}
