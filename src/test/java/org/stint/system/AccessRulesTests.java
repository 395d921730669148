package org.stint.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.AppTestSupport;

/** The URL layer of access control, for every protected page and every role. */
class AccessRulesTests extends AppTestSupport {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/applications",
                "/employer/postings",
                "/university",
                "/admin",
                "/dashboard",
                // partnerships and moderation
                "/employer/partnerships",
                "/university/partnerships",
                "/university/partnerships/1",
                "/university/reports",
                "/university/reports/figures.csv",
                "/university/reports/engagements.csv",
                "/university/recommendations",
                "/university/staff",
                "/university/settings",
                "/admin/universities",
                "/admin/users",
                "/admin/moderation",
                // account settings
                "/account"
            })
    void anonymousVisitorsAreSentToSignIn(String page) throws Exception {
        mvc.perform(get(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    /** Link checkers, crawlers and uptime monitors ask with HEAD: public pages answer it. */
    @ParameterizedTest
    @ValueSource(
            strings = {"/", "/about", "/postings", "/postings?q=data", "/sitemap.xml", "/robots.txt", "/postings/feed"})
    void publicPagesAnswerHead(String page) throws Exception {
        mvc.perform(head(page)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/applications", "/employer/postings", "/university/reports", "/admin"})
    void protectedPagesSendHeadToSignInToo(String page) throws Exception {
        mvc.perform(head(page)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @CsvSource({
        DemoData.DEMO_STUDENT + ", /applications, 200",
        DemoData.DEMO_STUDENT + ", /account, 200",
        DemoData.DEMO_EMPLOYER + ", /account, 200",
        DemoData.DEMO_STAFF + ", /account, 200",
        DemoData.DEMO_ADMIN + ", /account, 200",
        DemoData.DEMO_STUDENT + ", /employer/postings, 403",
        DemoData.DEMO_STUDENT + ", /university, 403",
        DemoData.DEMO_STUDENT + ", /admin, 403",
        DemoData.DEMO_EMPLOYER + ", /employer/postings, 200",
        DemoData.DEMO_EMPLOYER + ", /applications, 403",
        DemoData.DEMO_EMPLOYER + ", /university, 403",
        DemoData.DEMO_EMPLOYER + ", /admin, 403",
        DemoData.DEMO_STAFF + ", /university, 200",
        DemoData.DEMO_STAFF + ", /applications, 403",
        DemoData.DEMO_STAFF + ", /employer/postings, 403",
        DemoData.DEMO_ADMIN + ", /admin, 200",
        DemoData.DEMO_ADMIN + ", /applications, 403",
        DemoData.DEMO_ADMIN + ", /university, 403",
        // partnerships
        DemoData.DEMO_EMPLOYER + ", /employer/partnerships, 200",
        DemoData.DEMO_STUDENT + ", /employer/partnerships, 403",
        DemoData.DEMO_STAFF + ", /employer/partnerships, 403",
        DemoData.DEMO_STAFF + ", /university/reports, 200",
        DemoData.DEMO_STAFF + ", /university/reports/figures.csv, 200",
        DemoData.DEMO_STAFF + ", /university/reports/engagements.csv, 200",
        DemoData.DEMO_STUDENT + ", /university/reports, 403",
        DemoData.DEMO_EMPLOYER + ", /university/reports/figures.csv, 403",
        DemoData.DEMO_ADMIN + ", /university/reports/engagements.csv, 403",
        DemoData.DEMO_STUDENT + ", /university/partnerships, 403",
        DemoData.DEMO_EMPLOYER + ", /university/settings, 403",
        DemoData.DEMO_ADMIN + ", /admin/universities, 200",
        DemoData.DEMO_ADMIN + ", /admin/users, 200",
        DemoData.DEMO_ADMIN + ", /admin/moderation, 200",
        DemoData.DEMO_STAFF + ", /admin/universities, 403",
        DemoData.DEMO_STUDENT + ", /admin/users, 403",
        DemoData.DEMO_EMPLOYER + ", /admin/moderation, 403",
        DemoData.DEMO_STUDENT + ", /signup/staff/unknown-token, 404",
    })
    void eachRoleOpensOnlyItsOwnPages(String email, String page, int expected) throws Exception {
        mvc.perform(get(page).with(as(email))).andExpect(status().is(expected));
    }

    @ParameterizedTest
    @CsvSource({
        DemoData.DEMO_STUDENT + ", /applications",
        DemoData.DEMO_EMPLOYER + ", /employer/postings",
        DemoData.DEMO_STAFF + ", /university",
        DemoData.DEMO_ADMIN + ", /admin",
    })
    void theDashboardLeadsEachRoleToItsLandingPage(String email, String landing) throws Exception {
        mvc.perform(get("/dashboard").with(as(email))).andExpect(redirectedUrl(landing));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/about",
                "/postings",
                "/login",
                "/signup",
                "/signup/student",
                "/signup/employer",
                "/password-reset",
                "/password-reset/new?token=unknown",
                "/account/verify-email?token=unknown"
            })
    void publicPagesAreOpenToEveryone(String page) throws Exception {
        mvc.perform(get(page)).andExpect(status().isOk());
    }

    /** Routes that exist but no rule lists: the actuator's index, a page with a method it lacks. */
    @org.junit.jupiter.api.Test
    void routesNobodyListedAreDenied() throws Exception {
        mvc.perform(get("/actuator").with(as(DemoData.DEMO_ADMIN))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator").with(as(DemoData.DEMO_STUDENT))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/postings").with(csrf()).with(as(DemoData.DEMO_EMPLOYER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/about").with(csrf()).with(as(DemoData.DEMO_STUDENT))).andExpect(status().isForbidden());
    }

    /** A mistyped address is not found, for every role and for visitors: nothing there to protect. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                DemoData.DEMO_STUDENT,
                DemoData.DEMO_EMPLOYER,
                DemoData.DEMO_STAFF,
                DemoData.DEMO_ADMIN,
                "anonymous"
            })
    void addressesNoRouteServesAreNotFound(String email) throws Exception {
        for (String path : new String[] {"/applicatons", "/internal/anything", "/postings/1/aply", "/actuator/env"}) {
            var request = get(path);
            if (!email.equals("anonymous")) {
                request = request.with(as(email));
            }
            mvc.perform(request).andExpect(status().isNotFound());
        }
    }

    /** Behind a role's prefix, the role's rule still comes first: other roles are refused. */
    @org.junit.jupiter.api.Test
    void unknownAddressesUnderAnotherRolesPrefixStayForbidden() throws Exception {
        mvc.perform(get("/employer/no-such-page").with(as(DemoData.DEMO_STUDENT)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/employer/no-such-page").with(as(DemoData.DEMO_EMPLOYER)))
                .andExpect(status().isNotFound());
    }

    @org.junit.jupiter.api.Test
    void formsNeedTheirCsrfToken() throws Exception {
        mvc.perform(post("/logout").with(as(DemoData.DEMO_STUDENT))).andExpect(status().isForbidden());
        mvc.perform(post("/signup/student").param("email", "x@northbridge.edu")).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(csrf()).with(as(DemoData.DEMO_STUDENT)))
                .andExpect(redirectedUrl("/?signedOut"));
    }
}
