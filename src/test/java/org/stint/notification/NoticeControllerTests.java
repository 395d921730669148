package org.stint.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.stint.account.Role;
import org.stint.account.SignedIn;
import org.stint.system.MachineTimes;
import org.stint.testsupport.Html;
import org.stint.testsupport.WebSliceTest;

/**
 * The notices page's web layer with the real security rules and templates: every signed-in user
 * has one, it lists what the service returns, and opening a notice leads where it points. What the
 * service reads and writes is {@code UnreadCountTests}' and {@code NotificationModuleTests}'.
 */
@WebMvcTest(NoticeController.class)
@Import(MachineTimes.class)
class NoticeControllerTests extends WebSliceTest {

    private static final long USER = 52;

    @MockitoBean
    NoticeService notices;

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/notifications")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/notifications/3")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/notifications/read").with(csrf())).andExpect(redirectedUrl("/login"));

        verifyNoInteractions(notices);
    }

    @Test
    void everyRoleHasANoticesPageListingItsNoticesWithTheUnreadCount() throws Exception {
        given(notices.latest(USER))
                .willReturn(List.of(
                        new Notice(
                                USER, "positionFilled", "Position filled: Chart sales", "It is over.", "/postings/1"),
                        new Notice(USER, "savedSearch", "A new posting matches \"Data\"", "Clean a dataset.", null)));
        given(notices.unreadCount(USER)).willReturn(2L);

        for (Role role : Role.values()) {
            Document page = Html.parse(mvc.perform(get("/notifications").with(SignedIn.as(USER, role)))
                    .andExpect(status().isOk())
                    .andExpect(view().name("notification/list"))
                    .andReturn());

            assertThat(page.select(".notice-title a").eachText())
                    .as(role.name())
                    .containsExactly("Position filled: Chart sales", "A new posting matches \"Data\"");
            assertThat(page.select(".notice-list li.unread")).hasSize(2);
            assertThat(page.select("form[action=/notifications/read] button").text())
                    .isEqualTo("Mark all as read");
        }
    }

    @Test
    void withNothingUnreadThereIsNoMarkAllReadButton() throws Exception {
        given(notices.latest(USER)).willReturn(List.of());
        given(notices.unreadCount(USER)).willReturn(0L);

        Document page = Html.parse(mvc.perform(get("/notifications").with(SignedIn.as(USER, Role.STUDENT)))
                .andExpect(status().isOk())
                .andReturn());

        assertThat(page.select("main p").first().text()).startsWith("Nothing yet.");
        assertThat(page.select("form[action=/notifications/read]")).isEmpty();
    }

    @Test
    void openingANoticeLeadsToItsLinkAndAnotherUsersNoticeIsNotFound() throws Exception {
        given(notices.open(USER, 3)).willReturn(Optional.of("/applications/9"));
        given(notices.open(USER, 4)).willReturn(Optional.empty());

        mvc.perform(get("/notifications/3").with(SignedIn.as(USER, Role.STUDENT)))
                .andExpect(redirectedUrl("/applications/9"));
        mvc.perform(get("/notifications/4").with(SignedIn.as(USER, Role.STUDENT)))
                .andExpect(status().isNotFound());
    }

    @Test
    void markingAllReadNeedsTheFormsTokenAndReturnsToTheList() throws Exception {
        mvc.perform(post("/notifications/read").with(SignedIn.as(USER, Role.EMPLOYER)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(notices);

        mvc.perform(post("/notifications/read").with(csrf()).with(SignedIn.as(USER, Role.EMPLOYER)))
                .andExpect(redirectedUrl("/notifications"));
        verify(notices).markAllRead(USER);
    }
}
