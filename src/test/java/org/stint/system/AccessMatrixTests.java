package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriTemplate;
import org.stint.testsupport.AppTest;
import org.stint.testsupport.Fixtures;
import org.stint.testsupport.Fixtures.Co;
import org.stint.testsupport.Fixtures.Uni;

/**
 * The access matrix: every route the application maps (pattern × HTTP method, read
 * from Spring's {@link RequestMappingHandlerMapping}) × eight principals has an expected outcome
 * written in {@link #MATRIX}. A route the application maps without a row fails, so no route can
 * be added without deciding who may use it.
 *
 * <p>Path variables are filled with objects owned by the "A" principals (student A's application,
 * company 1's posting and applicant, university 1's partnership...), so the "B" principals of the
 * same role prove the ownership checks in the services: they must get a 404 (the app does not
 * reveal that another owner's object exists), never the object.
 *
 * <p>Every request runs through the real security filters on real PostgreSQL. POSTs carry a CSRF
 * token and form fields that pass validation, so they reach the service's ownership check; a POST
 * that is expected to succeed runs against a world of its own, so that withdrawing, hiring or
 * approving in one cell changes nothing another cell sees. A second factory checks that every
 * route refuses a POST without a CSRF token.
 */
@AppTest
class AccessMatrixTests {

    /** What a principal gets from a route. */
    enum Outcome {
        /** 2xx, or a redirect the application itself chose (not the sign-in entry point). */
        OK("ok"),
        /** Spring Security's redirect to the sign-in page: the application's handler never ran. */
        SIGN_IN("login"),
        /** 403: the wrong role (URL rules) or a refused CSRF token. */
        FORBIDDEN("403"),
        /** 404: someone else's object, answered as if it did not exist. */
        NOT_FOUND("404");

        final String token;

        Outcome(String token) {
            this.token = token;
        }

        static Outcome of(String token) {
            for (Outcome outcome : values()) {
                if (outcome.token.equals(token)) {
                    return outcome;
                }
            }
            throw new IllegalArgumentException("Unknown outcome in the matrix: " + token);
        }
    }

    /** The eight principals, in the order of the matrix's columns. */
    enum Who {
        ANONYMOUS,
        STUDENT_A,
        STUDENT_B,
        EMPLOYER_A,
        EMPLOYER_B,
        STAFF_A,
        STAFF_B,
        ADMIN
    }

    /**
     * One row per route: method, the pattern as Spring maps it, the request sent (its {names} are
     * objects of {@link World}, owned by the A principals unless the name says otherwise), then
     * the expected outcome for each principal. Student A studies at university 1, student B at
     * university 2; employer A is a member of company 1, employer B of company 2; staff A works for
     * university 1's career office, staff B for university 2's.
     */
    private static final String MATRIX = """
            # method pattern                                     request                                      anon   stuA   stuB   empA   empB   stfA   stfB   admin
            # public pages, files and feeds
            GET  /                                               /                                            ok     ok     ok     ok     ok     ok     ok     ok
            GET  /about                                          /about                                       ok     ok     ok     ok     ok     ok     ok     ok
            GET  /robots.txt                                     /robots.txt                                  ok     ok     ok     ok     ok     ok     ok     ok
            GET  /sitemap.xml                                    /sitemap.xml                                 ok     ok     ok     ok     ok     ok     ok     ok
            GET  /postings                                       /postings                                    ok     ok     ok     ok     ok     ok     ok     ok
            GET  /postings/feed                                  /postings/feed                               ok     ok     ok     ok     ok     ok     ok     ok
            GET  /postings/{id}                                  /postings/{posting}                          ok     ok     ok     ok     ok     ok     ok     ok
            GET  /companies/{slug}                               /companies/{companySlug}                     ok     ok     ok     ok     ok     ok     ok     ok
            GET  /portfolio/{publicId}                           /portfolio/{portfolio}                       ok     ok     ok     ok     ok     ok     ok     ok
            GET  /verify/{code}                                  /verify/{verification}                       ok     ok     ok     ok     ok     ok     ok     ok
            # sign-in and sign-up; the staff invitation's token and the alert's unsubscribe token are the keys
            GET  /login                                          /login                                       ok     ok     ok     ok     ok     ok     ok     ok
            GET  /signup                                         /signup                                      ok     ok     ok     ok     ok     ok     ok     ok
            GET  /signup/student                                 /signup/student                              ok     ok     ok     ok     ok     ok     ok     ok
            POST /signup/student                                 /signup/student                              ok     ok     ok     ok     ok     ok     ok     ok
            GET  /signup/employer                                /signup/employer                             ok     ok     ok     ok     ok     ok     ok     ok
            POST /signup/employer                                /signup/employer                             ok     ok     ok     ok     ok     ok     ok     ok
            GET  /signup/staff/{token}                           /signup/staff/{invitation}                   ok     ok     ok     ok     ok     ok     ok     ok
            POST /signup/staff/{token}                           /signup/staff/{invitation}                   ok     ok     ok     ok     ok     ok     ok     ok
            GET  /alerts/unsubscribe/{token}                     /alerts/unsubscribe/{unsubscribe}            ok     ok     ok     ok     ok     ok     ok     ok
            POST /alerts/unsubscribe/{token}                     /alerts/unsubscribe/{unsubscribe}            ok     ok     ok     ok     ok     ok     ok     ok
            # e-mail verification links and password reset: anyone holding the link or knowing the address
            GET  /account/verify-email                           /account/verify-email                        ok     ok     ok     ok     ok     ok     ok     ok
            GET  /password-reset                                 /password-reset                              ok     ok     ok     ok     ok     ok     ok     ok
            POST /password-reset                                 /password-reset                              ok     ok     ok     ok     ok     ok     ok     ok
            GET  /password-reset/new                             /password-reset/new                          ok     ok     ok     ok     ok     ok     ok     ok
            POST /password-reset/new                             /password-reset/new                          ok     ok     ok     ok     ok     ok     ok     ok
            # anyone signed in
            GET  /dashboard                                      /dashboard                                   login  ok     ok     ok     ok     ok     ok     ok
            GET  /notifications                                  /notifications                               login  ok     ok     ok     ok     ok     ok     ok
            POST /notifications/read                             /notifications/read                          login  ok     ok     ok     ok     ok     ok     ok
            GET  /notifications/{id}                             /notifications/{notice}                      login  ok     404    404    404    404    404    404
            GET  /account                                        /account                                     login  ok     ok     ok     ok     ok     ok     ok
            POST /account/password                               /account/password                            login  ok     ok     ok     ok     ok     ok     ok
            POST /account/time-zone                              /account/time-zone                           login  ok     ok     ok     ok     ok     ok     ok
            POST /account/verification                           /account/verification                        login  ok     ok     ok     ok     ok     ok     ok
            # students
            GET  /applications                                   /applications                                login  ok     ok     403    403    403    403    403
            GET  /applications/{id}                              /applications/{application}                  login  ok     404    403    403    403    403    403
            POST /applications/{id}/withdraw                     /applications/{application}/withdraw         login  ok     404    403    403    403    403    403
            POST /applications/{id}/withdraw/undo                /applications/{application}/withdraw/undo    login  ok     404    403    403    403    403    403
            POST /applications/{id}/dispute                      /applications/{completed}/dispute            login  ok     404    403    403    403    403    403
            POST /applications/{id}/rating                       /applications/{completed}/rating             login  ok     404    403    403    403    403    403
            GET  /postings/{postingId}/apply                     /postings/{posting}/apply                    login  ok     ok     403    403    403    403    403
            POST /postings/{postingId}/apply                     /postings/{posting}/apply                    login  ok     ok     403    403    403    403    403
            GET  /profile                                        /profile                                     login  ok     ok     403    403    403    403    403
            POST /profile                                        /profile                                     login  ok     ok     403    403    403    403    403
            GET  /profile/cv                                     /profile/cv                                  login  ok     ok     403    403    403    403    403
            POST /profile/cv                                     /profile/cv                                  login  ok     ok     403    403    403    403    403
            GET  /saved-searches                                 /saved-searches                              login  ok     ok     403    403    403    403    403
            POST /saved-searches                                 /saved-searches                              login  ok     ok     403    403    403    403    403
            POST /saved-searches/{id}                            /saved-searches/{savedSearch}                login  ok     404    403    403    403    403    403
            POST /saved-searches/{id}/delete                     /saved-searches/{savedSearch}/delete         login  ok     404    403    403    403    403    403
            GET  /saved-postings                                 /saved-postings                              login  ok     ok     403    403    403    403    403
            POST /saved-postings                                 /saved-postings                              login  ok     ok     403    403    403    403    403
            POST /saved-postings/{postingId}/delete              /saved-postings/{posting}/delete             login  ok     ok     403    403    403    403    403
            # students and career-office staff report postings to the administrators
            POST /postings/{id}/report                           /postings/{posting}/report                   login  ok     ok     403    403    ok     ok     403
            # employers: their own company, postings and applicants
            GET  /employer/company                               /employer/company                            login  403    403    ok     ok     403    403    403
            POST /employer/company                               /employer/company                            login  403    403    ok     ok     403    403    403
            POST /employer/company/colleagues                    /employer/company/colleagues                 login  403    403    ok     ok     403    403    403
            GET  /employer/partnerships                          /employer/partnerships                       login  403    403    ok     ok     403    403    403
            POST /employer/partnerships                          /employer/partnerships                       login  403    403    ok     ok     403    403    403
            GET  /employer/postings                              /employer/postings                           login  403    403    ok     ok     403    403    403
            POST /employer/postings                              /employer/postings                           login  403    403    ok     ok     403    403    403
            GET  /employer/postings/new                          /employer/postings/new                       login  403    403    ok     ok     403    403    403
            GET  /employer/postings/{id}/edit                    /employer/postings/{posting}/edit            login  403    403    ok     404    403    403    403
            POST /employer/postings/{id}                         /employer/postings/{posting}                 login  403    403    ok     404    403    403    403
            POST /employer/postings/{id}/publish                 /employer/postings/{draft}/publish           login  403    403    ok     404    403    403    403
            POST /employer/postings/{id}/close                   /employer/postings/{posting}/close           login  403    403    ok     404    403    403    403
            POST /employer/postings/{id}/reopen                  /employer/postings/{closed}/reopen           login  403    403    ok     404    403    403    403
            GET  /employer/postings/{postingId}/applicants       /employer/postings/{posting}/applicants      login  403    403    ok     404    403    403    403
            GET  /employer/applications/{id}                     /employer/applications/{application}         login  403    403    ok     404    403    403    403
            GET  /employer/applications/{id}/cv                  /employer/applications/{application}/cv      login  403    403    ok     404    403    403    403
            POST /employer/applications/{id}/shortlist           /employer/applications/{application}/shortlist login 403   403    ok     404    403    403    403
            POST /employer/applications/{id}/reject              /employer/applications/{application}/reject  login  403    403    ok     404    403    403    403
            POST /employer/applications/{id}/hire                /employer/applications/{application}/hire    login  403    403    ok     404    403    403    403
            POST /employer/applications/{id}/complete            /employer/applications/{hired}/complete      login  403    403    ok     404    403    403    403
            POST /employer/applications/{id}/rating              /employer/applications/{completed}/rating    login  403    403    ok     404    403    403    403
            POST /employer/applications/{id}/payment             /employer/applications/{completed}/payment   login  403    403    ok     404    403    403    403
            # an engagement (a hired application): its student and company members take part, the student's
            # career office reads; anyone else is answered 404, and staff may not download files or act
            GET  /engagements/{id}                               /engagements/{hired}                         login  ok     404    ok     404    ok     404    403
            POST /engagements/{id}/messages                      /engagements/{hired}/messages                login  ok     404    ok     404    403    403    403
            POST /engagements/{id}/deliverables                  /engagements/{hired}/deliverables            login  ok     404    404    404    403    403    403
            GET  /engagements/{id}/deliverables/{deliverableId}  /engagements/{hired}/deliverables/{deliverable} login ok  404    ok     404    404    404    403
            POST /engagements/{id}/deliverables/{deliverableId}/review /engagements/{hired}/deliverables/{deliverable}/review login 404 404 ok 404  403    403    403
            POST /engagements/{id}/milestones                    /engagements/{hired}/milestones              login  404    404    ok     404    403    403    403
            POST /engagements/{id}/milestones/{milestoneId}/delete /engagements/{hired}/milestones/{milestone}/delete login 404 404 ok  404    403    403    403
            POST /engagements/{id}/timesheets                    /engagements/{hired}/timesheets              login  ok     404    404    404    403    403    403
            POST /engagements/{id}/timesheets/{timesheetId}/approve /engagements/{hired}/timesheets/{submittedWeek}/approve login 404 404 ok 404 403 403 403
            POST /engagements/{id}/timesheets/{timesheetId}/query /engagements/{hired}/timesheets/{submittedWeek}/query login 404 404 ok 404 403  403    403
            POST /engagements/{id}/timesheets/{timesheetId}/correct /engagements/{hired}/timesheets/{approvedWeek}/correct login 404 404 ok 404 403 403 403
            POST /engagements/{id}/hours/correct                 /engagements/{completed}/hours/correct       login  404    404    ok     404    403    403    403
            POST /employer/applications/{id}/notes               /employer/applications/{application}/notes   login  403    403    ok     404    403    403    403
            # career-office staff: their own university
            GET  /university                                     /university                                  login  403    403    403    403    ok     ok     403
            GET  /university/partnerships                        /university/partnerships                     login  403    403    403    403    ok     ok     403
            GET  /university/partnerships/{id}                   /university/partnerships/{partnership}       login  403    403    403    403    ok     404    403
            POST /university/partnerships/{id}/approve           /university/partnerships/{partnership}/approve login 403   403    403    403    ok     404    403
            POST /university/partnerships/{id}/decline           /university/partnerships/{partnership}/decline login 403   403    403    403    ok     404    403
            POST /university/partnerships/{id}/revoke            /university/partnerships/{approved}/revoke   login  403    403    403    403    ok     404    403
            GET  /university/engagements                         /university/engagements                      login  403    403    403    403    ok     ok     403
            GET  /university/reports                             /university/reports                          login  403    403    403    403    ok     ok     403
            GET  /university/reports/figures.csv                 /university/reports/figures.csv              login  403    403    403    403    ok     ok     403
            GET  /university/reports/engagements.csv             /university/reports/engagements.csv          login  403    403    403    403    ok     ok     403
            GET  /university/recommendations                     /university/recommendations                  login  403    403    403    403    ok     ok     403
            POST /university/recommendations                     /university/recommendations                  login  403    403    403    403    ok     ok     403
            POST /university/recommendations/{id}/delete         /university/recommendations/{recommendation}/delete login 403 403 403  403    ok     404    403
            GET  /university/settings                            /university/settings                         login  403    403    403    403    ok     ok     403
            POST /university/settings                            /university/settings                         login  403    403    403    403    ok     ok     403
            POST /university/settings/hour-cap                   /university/settings/hour-cap                login  403    403    403    403    ok     ok     403
            GET  /university/disputes                            /university/disputes                         login  403    403    403    403    ok     ok     403
            GET  /university/disputes/{id}                       /university/disputes/{dispute}               login  403    403    403    403    ok     404    403
            POST /university/disputes/{id}/outcome               /university/disputes/{dispute}/outcome       login  403    403    403    403    ok     404    403
            GET  /university/staff                               /university/staff                            login  403    403    403    403    ok     ok     403
            POST /university/staff                               /university/staff                            login  403    403    403    403    ok     ok     403
            # administrators
            GET  /admin                                          /admin                                       login  403    403    403    403    403    403    ok
            GET  /admin/universities                             /admin/universities                          login  403    403    403    403    403    403    ok
            POST /admin/universities                             /admin/universities                          login  403    403    403    403    403    403    ok
            GET  /admin/users                                    /admin/users                                 login  403    403    403    403    403    403    ok
            POST /admin/users/{id}/disable                       /admin/users/{studentA}/disable              login  403    403    403    403    403    403    ok
            POST /admin/users/{id}/enable                        /admin/users/{studentA}/enable               login  403    403    403    403    403    403    ok
            GET  /admin/moderation                               /admin/moderation                            login  403    403    403    403    403    403    ok
            POST /admin/moderation/{id}/hide                     /admin/moderation/{report}/hide              login  403    403    403    403    403    403    ok
            POST /admin/moderation/{id}/dismiss                  /admin/moderation/{report}/dismiss           login  403    403    403    403    403    403    ok
            """;

    /**
     * Form fields that pass validation, so that a POST reaches the service (and its ownership
     * check) instead of stopping at a field error. Routes not listed are sent without fields.
     */
    private static final Map<String, Map<String, String>> FIELDS = Map.ofEntries(
            Map.entry("POST /applications/{id}/rating", Map.of("rating", "5", "comment", "Clear and kind.")),
            Map.entry("POST /postings/{postingId}/apply", Map.of("coverNote", "I can start on Monday.")),
            Map.entry("POST /saved-searches", Map.of("name", "Data", "query", "q=data", "frequency", "DAILY")),
            Map.entry("POST /saved-searches/{id}", Map.of("frequency", "WEEKLY")),
            Map.entry("POST /postings/{id}/report", Map.of("reason", "It asks for a deposit.")),
            Map.entry("POST /saved-postings", Map.of("postingId", "{posting}")),
            Map.entry("POST /employer/applications/{id}/notes", Map.of("body", "Strong SQL; call on Monday.")),
            Map.entry("POST /employer/applications/{id}/reject", Map.of("message", "Thank you, not this time.")),
            Map.entry("POST /engagements/{id}/messages", Map.of("body", "The first draft is in the shared folder.")),
            Map.entry(
                    "POST /engagements/{id}/deliverables",
                    Map.of("title", "First draft", "url", "https://example.com/draft")),
            Map.entry("POST /engagements/{id}/deliverables/{deliverableId}/review", Map.of("decision", "ACCEPTED")),
            Map.entry(
                    "POST /engagements/{id}/milestones",
                    Map.of(
                            "milestoneTitle",
                            "Draft",
                            "dueOn",
                            LocalDate.now().plusDays(7).toString())),
            Map.entry(
                    "POST /engagements/{id}/timesheets",
                    Map.of(
                            "weekStart",
                            LocalDate.now()
                                    .with(java.time.temporal.TemporalAdjusters.previousOrSame(
                                            java.time.DayOfWeek.MONDAY))
                                    .toString(),
                            "hours",
                            "5")),
            Map.entry("POST /engagements/{id}/timesheets/{timesheetId}/query", Map.of("comment", "Which days?")),
            Map.entry(
                    "POST /engagements/{id}/timesheets/{timesheetId}/correct",
                    Map.of("hours", "6", "reason", "Friday was a half day.")),
            Map.entry(
                    "POST /engagements/{id}/hours/correct",
                    Map.of("totalHours", "11", "totalReason", "One hour too many.")),
            Map.entry("POST /employer/applications/{id}/complete", Map.of("hoursWorked", "12", "confirmed", "yes")),
            // the confirmed second submit of a confirm step: the one that acts
            Map.entry("POST /applications/{id}/withdraw", Map.of("confirmed", "yes")),
            Map.entry("POST /employer/applications/{id}/hire", Map.of("confirmed", "yes")),
            Map.entry("POST /university/partnerships/{id}/approve", Map.of("confirmed", "yes")),
            Map.entry("POST /admin/users/{id}/disable", Map.of("confirmed", "yes")),
            Map.entry("POST /applications/{id}/dispute", Map.of("reason", "A fifth of the fee is missing.")),
            Map.entry("POST /university/disputes/{id}/outcome", Map.of("outcome", "RESOLVED", "note", "Paid in full.")),
            Map.entry(
                    "POST /university/settings/hour-cap",
                    Map.of(
                            "defaultWeeklyHourCap",
                            "20",
                            "termStartsOn",
                            LocalDate.now().minusDays(10).toString(),
                            "termEndsOn",
                            LocalDate.now().plusDays(80).toString())),
            Map.entry("POST /employer/applications/{id}/rating", Map.of("rating", "4", "comment", "Thorough.")),
            Map.entry(
                    "POST /employer/applications/{id}/payment",
                    Map.of(
                            "amount",
                            "1000.00",
                            "currency",
                            "USD",
                            "paidOn",
                            LocalDate.now().toString())),
            Map.entry("POST /university/partnerships/{id}/decline", Map.of("reason", "No website we could check.")),
            Map.entry("POST /university/partnerships/{id}/revoke", Map.of("reason", "Students complained.")),
            Map.entry("POST /university/settings", Map.of("partnerOnly", "true")),
            Map.entry("POST /password-reset", Map.of("email", "nobody@nowhere.example")),
            Map.entry("POST /account/time-zone", Map.of("timeZone", "Europe/London")),
            Map.entry("POST /signup/staff/{token}", Map.of("name", "New Colleague", "password", "a long password 1")),
            Map.entry("POST /admin/moderation/{id}/hide", Map.of("reason", "It asks for a deposit.")));

    /**
     * Handlers in the mapping that are not the application's routes. (Actuator's endpoints have a
     * handler mapping of their own and do not appear here; AccessRulesTests covers them.)
     */
    private static final Map<String, String> SKIPPED = Map.of(
            "* /error",
            "Spring Boot's BasicErrorController renders error pages for any method; the security "
                    + "chain lets only error dispatches and its own /error through");

    /** A parsed row of {@link #MATRIX}. */
    record Row(String route, HttpMethod method, String request, Map<Who, Outcome> expected) {}

    /**
     * Everything the requests point at, inserted fresh with {@link Fixtures}: two universities with
     * a staff member each, two companies with a member each, a student at each university, an
     * administrator, and the objects of the A principals.
     */
    record World(
            Uni uni1,
            Uni uni2,
            Co co1,
            Co co2,
            long studentA,
            long studentB,
            String adminEmail,
            Map<String, Object> objects) {

        String email(Fixtures fixtures, Who who) {
            return switch (who) {
                case ANONYMOUS -> null;
                case STUDENT_A -> fixtures.email(studentA);
                case STUDENT_B -> fixtures.email(studentB);
                case EMPLOYER_A -> co1.memberEmail();
                case EMPLOYER_B -> co2.memberEmail();
                case STAFF_A -> uni1.staffEmail();
                case STAFF_B -> uni2.staffEmail();
                case ADMIN -> adminEmail;
            };
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Each route × each principal, one test per cell. */
    @TestFactory
    Stream<DynamicNode> everyRouteAnswersEachPrincipalAsTheMatrixSays() {
        Map<String, Row> matrix = matrix();
        World shared = world();
        List<DynamicNode> routes = new ArrayList<>();
        for (String route : mappedRoutes()) {
            Row row = matrix.get(route);
            if (row == null) {
                routes.add(DynamicTest.dynamicTest(
                        route,
                        () -> fail(route + " is mapped but has no row in AccessMatrixTests.MATRIX: decide who"
                                + " may use it and add the row")));
                continue;
            }
            List<DynamicTest> cells = new ArrayList<>();
            for (Who who : Who.values()) {
                Outcome expected = row.expected().get(who);
                cells.add(DynamicTest.dynamicTest(who + " → " + expected, () -> {
                    // a POST that may succeed changes state: it gets a world of its own
                    boolean changesState = row.method() == HttpMethod.POST && expected == Outcome.OK;
                    World world = changesState ? world() : shared;
                    String before = state(world);
                    URI uri = uri(row, world);
                    MvcResult result = mvc.perform(
                                    requestFor(row, uri, world, who).with(csrf()))
                            .andReturn();
                    assertThat(outcomeOf(result))
                            .as(
                                    "%s as %s (%s answered %d, redirect %s)",
                                    route,
                                    who,
                                    uri,
                                    result.getResponse().getStatus(),
                                    result.getResponse().getRedirectedUrl())
                            .isEqualTo(expected);
                    if (expected != Outcome.OK) {
                        // a refusal is not only the right status: nothing of the A principals' changed
                        assertThat(state(world))
                                .as("%s as %s was refused but changed data", route, who)
                                .isEqualTo(before);
                    }
                }));
            }
            routes.add(DynamicContainer.dynamicContainer(route, cells.stream()));
        }
        return routes.stream();
    }

    /** Without its CSRF token a POST is refused before anything else, for every route and principal. */
    @TestFactory
    Stream<DynamicNode> everyRouteRefusesAPostWithoutItsCsrfToken() {
        Map<String, Row> matrix = matrix();
        World world = world();
        return mappedRoutes().stream().filter(matrix::containsKey).map(route -> {
            Row row = matrix.get(route);
            return DynamicContainer.dynamicContainer(
                    route,
                    Stream.of(Who.values())
                            .map(who -> DynamicTest.dynamicTest(who + " → 403", () -> {
                                URI uri = uri(row, world);
                                MockHttpServletRequestBuilder request = post(uri);
                                FIELDS.getOrDefault(route, Map.of()).forEach(request::param);
                                String email = world.email(new Fixtures(jdbc), who);
                                if (email != null) {
                                    request.with(user(users.loadUserByUsername(email)));
                                }
                                String before = state(world);
                                MvcResult result = mvc.perform(request).andReturn();
                                assertThat(state(world))
                                        .as("POST %s without a CSRF token as %s changed data", uri, who)
                                        .isEqualTo(before);
                                assertThat(result.getResponse().getStatus())
                                        .as("POST %s without a CSRF token as %s", uri, who)
                                        .isEqualTo(403);
                                assertThat(result.getHandler())
                                        .as("the application's handler must not run")
                                        .isNull();
                            })));
        });
    }

    /** A row for a route that no longer exists is a decision about nothing: it goes. */
    @Test
    void everyRowOfTheMatrixIsAMappedRoute() {
        Set<String> stale = new TreeSet<>(matrix().keySet());
        stale.removeAll(mappedRoutes());
        assertThat(stale).as("rows in AccessMatrixTests.MATRIX without a route").isEmpty();
    }

    /** "METHOD /pattern" for every handler method, "*" when it takes any method; the skipped ones left out. */
    private Set<String> mappedRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    routes.add("* " + pattern);
                }
                for (RequestMethod method : methods) {
                    routes.add(method.name() + " " + pattern);
                }
            }
        }
        routes.removeAll(SKIPPED.keySet());
        return routes;
    }

    private static Map<String, Row> matrix() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : MATRIX.lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.trim().split("\\s+");
            if (cells.length != 3 + Who.values().length) {
                throw new IllegalStateException(
                        "A matrix row needs method, pattern, request and eight outcomes: " + line);
            }
            Map<Who, Outcome> expected = new EnumMap<>(Who.class);
            for (Who who : Who.values()) {
                expected.put(who, Outcome.of(cells[3 + who.ordinal()]));
            }
            String route = cells[0] + " " + cells[1];
            if (rows.put(route, new Row(route, HttpMethod.valueOf(cells[0]), cells[2], expected)) != null) {
                throw new IllegalStateException("Two rows for " + route);
            }
        }
        return rows;
    }

    private MockHttpServletRequestBuilder requestFor(Row row, URI uri, World world, Who who) {
        MockHttpServletRequestBuilder request = request(row.method(), uri);
        // a value naming an object of the world ("{posting}") is that object's id
        FIELDS.getOrDefault(row.route(), Map.of())
                .forEach((name, value) -> request.param(
                        name,
                        value.startsWith("{") && value.endsWith("}")
                                ? String.valueOf(world.objects().get(value.substring(1, value.length() - 1)))
                                : value));
        String email = world.email(new Fixtures(jdbc), who);
        if (email != null) {
            request.with(user(users.loadUserByUsername(email)));
        }
        return request;
    }

    private static URI uri(Row row, World world) {
        return new UriTemplate(row.request()).expand(world.objects());
    }

    /**
     * The sign-in redirect is told apart from the application's own redirects to /login (after
     * joining by invitation) by the handler: Spring Security answers before any handler runs.
     */
    private static Outcome outcomeOf(MvcResult result) {
        int status = result.getResponse().getStatus();
        if (status == 403) {
            return Outcome.FORBIDDEN;
        }
        if (status == 404) {
            return Outcome.NOT_FOUND;
        }
        if (status >= 300 && status < 400) {
            String location = String.valueOf(result.getResponse().getRedirectedUrl());
            boolean toSignIn = URI.create(location).getPath().equals("/login");
            return toSignIn && result.getHandler() == null ? Outcome.SIGN_IN : Outcome.OK;
        }
        if (status >= 200 && status < 300) {
            return Outcome.OK;
        }
        return null; // 400, 405, 5xx: none of the four, so never what the matrix expects
    }

    private World world() {
        Fixtures fixtures = new Fixtures(jdbc);
        Uni uni1 = fixtures.university(false);
        Uni uni2 = fixtures.university(false);
        Co co1 = fixtures.company("Matrix One");
        Co co2 = fixtures.company("Matrix Two");
        long studentA = fixtures.student(uni1, "Student A");
        long studentB = fixtures.student(uni2, "Student B");
        String adminEmail = Fixtures.unique("admin") + "@stint.example";
        jdbc.sql("insert into users (email, password_hash, display_name, role) values (:e, :h, 'Admin', 'ADMIN')")
                .param("e", adminEmail)
                .param("h", Fixtures.NO_PASSWORD)
                .update();
        Instant now = Instant.now();

        // company 1's postings: open, draft, closed, and two that student A worked on
        long posting = fixtures.posting(co1, "Clean a customer list", "DATA", "USD");
        long draft = fixtures.posting(co1, "Draft survey", "RESEARCH", "USD");
        jdbc.sql("update postings set status = 'DRAFT', published_at = null where id = :id")
                .param("id", draft)
                .update();
        long closed = fixtures.posting(co1, "Closed survey", "RESEARCH", "USD");
        jdbc.sql("update postings set status = 'CLOSED', closed_at = now(), closed_reason = 'MANUAL' where id = :id")
                .param("id", closed)
                .update();
        long hiredPosting = fixtures.posting(co1, "Label photos", "OPERATIONS", "USD");
        long donePosting = fixtures.posting(co1, "Tidy a spreadsheet", "DATA", "USD");

        // student A's applications to company 1: submitted, hired, completed
        long application = fixtures.application(
                posting, studentA, "SUBMITTED", now.minus(2, ChronoUnit.DAYS), null, null, null, null);
        long hired = fixtures.application(
                hiredPosting,
                studentA,
                "HIRED",
                now.minus(10, ChronoUnit.DAYS),
                now.minus(5, ChronoUnit.DAYS),
                null,
                null,
                null);
        long completed = fixtures.application(
                donePosting,
                studentA,
                "COMPLETED",
                now.minus(20, ChronoUnit.DAYS),
                now.minus(15, ChronoUnit.DAYS),
                now.minus(1, ChronoUnit.DAYS),
                12.0,
                null);
        // a second completed engagement of student A, paid less than owed and disputed
        long disputedPosting = fixtures.posting(co1, "Check survey answers", "RESEARCH", "USD");
        long disputed = fixtures.application(
                disputedPosting,
                studentA,
                "COMPLETED",
                now.minus(30, ChronoUnit.DAYS),
                now.minus(25, ChronoUnit.DAYS),
                now.minus(3, ChronoUnit.DAYS),
                10.0,
                null);
        fixtures.payment(disputed, 50_000, "USD", LocalDate.now().minusDays(2), co1.memberId());
        long dispute = jdbc.sql("""
                        insert into payment_disputes (application_id, reason, raised_by)
                        values (:a, 'Half the fee is missing.', :s) returning id
                        """)
                .param("a", disputed)
                .param("s", studentA)
                .query(Long.class)
                .single();
        String verification = jdbc.sql("select verification_code from applications where id = :id")
                .param("id", completed)
                .query(String.class)
                .single();

        // the hired engagement: a deliverable file, a milestone, a submitted and an approved week
        long deliverable = jdbc.sql("""
                        insert into engagement_deliverables
                            (application_id, title, file_name, content_type, size_bytes, content, submitted_by)
                        values (:a, 'Draft', 'draft.pdf', 'application/pdf', 9, :content, :s) returning id
                        """)
                .param("a", hired)
                .param("content", "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .param("s", studentA)
                .query(Long.class)
                .single();
        long milestone = jdbc.sql("""
                        insert into engagement_milestones (application_id, title, due_on, created_by)
                        values (:a, 'Draft', current_date + 7, :m) returning id
                        """)
                .param("a", hired)
                .param("m", co1.memberId())
                .query(Long.class)
                .single();
        LocalDate monday =
                LocalDate.now().with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
        long submittedWeek = timesheet(hired, monday.minusWeeks(1), "SUBMITTED", studentA);
        long approvedWeek = timesheet(hired, monday.minusWeeks(2), "APPROVED", studentA);

        // both students have a CV; student A's portfolio is public
        for (long student : List.of(studentA, studentB)) {
            byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            jdbc.sql("""
                            insert into student_cvs (student_id, file_name, size_bytes, content)
                            values (:s, 'cv.pdf', :size, :content)
                            """)
                    .param("s", student)
                    .param("size", pdf.length)
                    .param("content", pdf)
                    .update();
        }
        UUID portfolio = jdbc.sql("update students set portfolio_public = true where user_id = :s returning public_id")
                .param("s", studentA)
                .query(UUID.class)
                .single();

        // university 1's partnerships with company 1 (requested) and company 2 (approved)
        fixtures.partnership(uni1, co1, "REQUESTED");
        fixtures.partnership(uni1, co2, "APPROVED");
        long partnership = partnershipId(uni1, co1);
        long approved = partnershipId(uni1, co2);

        // student A's saved search, university 1's recommendation and invitation, a report by student A
        String unsubscribe = UUID.randomUUID().toString().replace("-", "");
        long savedSearch = jdbc.sql("""
                        insert into saved_searches (student_id, name, query, frequency, unsubscribe_token)
                        values (:s, 'Data', 'q=data', 'DAILY', :token) returning id
                        """)
                .param("s", studentA)
                .param("token", unsubscribe)
                .query(Long.class)
                .single();
        long recommendation = jdbc.sql("""
                        insert into recommendations (university_id, posting_id, note, recommended_by)
                        values (:u, :p, 'Worth it', :staff) returning id
                        """)
                .param("u", uni1.id())
                .param("p", posting)
                .param("staff", uni1.staffId())
                .query(Long.class)
                .single();
        String invitation = UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("""
                        insert into staff_invitations (university_id, email, token, invited_by)
                        values (:u, :email, :token, :staff)
                        """)
                .param("u", uni1.id())
                .param("email", Fixtures.unique("colleague") + "@" + uni1.domain())
                .param("token", invitation)
                .param("staff", uni1.staffId())
                .update();
        long report = jdbc.sql("""
                        insert into posting_reports (posting_id, reporter_user_id, reason, created_at)
                        values (:p, :s, 'It asks for a deposit.', :at) returning id
                        """)
                .param("p", posting)
                .param("s", studentA)
                .param("at", Timestamp.from(now))
                .query(Long.class)
                .single();
        long notice = jdbc.sql("""
                        insert into notifications (user_id, kind, title, body, link)
                        values (:s, 'positionFilled', 'Filled', 'The position was filled.', '/applications')
                        returning id
                        """).param("s", studentA).query(Long.class).single();
        String companySlug = jdbc.sql("select slug from companies where id = :id")
                .param("id", co1.id())
                .query(String.class)
                .single();

        Map<String, Object> objects = new LinkedHashMap<>();
        objects.put("posting", posting);
        objects.put("draft", draft);
        objects.put("closed", closed);
        objects.put("application", application);
        objects.put("hired", hired);
        objects.put("completed", completed);
        objects.put("verification", verification);
        objects.put("portfolio", portfolio);
        objects.put("partnership", partnership);
        objects.put("approved", approved);
        objects.put("savedSearch", savedSearch);
        objects.put("unsubscribe", unsubscribe);
        objects.put("recommendation", recommendation);
        objects.put("invitation", invitation);
        objects.put("report", report);
        objects.put("companySlug", companySlug);
        objects.put("notice", notice);
        objects.put("studentA", studentA);
        objects.put("deliverable", deliverable);
        objects.put("milestone", milestone);
        objects.put("submittedWeek", submittedWeek);
        objects.put("approvedWeek", approvedWeek);
        objects.put("dispute", dispute);
        return new World(uni1, uni2, co1, co2, studentA, studentB, adminEmail, objects);
    }

    /**
     * Every row a request about the world could change, as text: applications and their payments,
     * postings and their reports, partnerships, saved searches, recommendations, invitations,
     * people, students, companies and their members and the universities' visibility. The alert job's
     * {@code last_checked_at} is left out: it may run at any time.
     */
    private String state(World world) {
        return jdbc.sql("""
                        select concat_ws(' | ',
                            (select string_agg(to_jsonb(a)::text, ',' order by a.id) from applications a
                                where a.student_id in (:studentA, :studentB)),
                            (select string_agg(to_jsonb(p)::text, ',' order by p.application_id) from payments p
                                join applications a on a.id = p.application_id where a.student_id in (:studentA, :studentB)),
                            (select string_agg(to_jsonb(p)::text, ',' order by p.id) from postings p
                                where p.company_id in (:co1, :co2)),
                            (select string_agg(to_jsonb(r)::text, ',' order by r.id) from posting_reports r
                                join postings p on p.id = r.posting_id where p.company_id in (:co1, :co2)),
                            (select string_agg(to_jsonb(p)::text, ',' order by p.id) from partnerships p
                                where p.university_id in (:uni1, :uni2) or p.company_id in (:co1, :co2)),
                            (select string_agg((to_jsonb(s) - 'last_checked_at')::text, ',' order by s.id)
                                from saved_searches s where s.student_id in (:studentA, :studentB)),
                            (select string_agg(to_jsonb(r)::text, ',' order by r.id) from recommendations r
                                where r.university_id in (:uni1, :uni2)),
                            (select string_agg(to_jsonb(i)::text, ',' order by i.id) from staff_invitations i
                                where i.university_id in (:uni1, :uni2)),
                            (select string_agg(to_jsonb(u)::text, ',' order by u.id) from users u
                                where u.id in (:studentA, :studentB, :member1, :member2, :staff1, :staff2)),
                            (select string_agg(to_jsonb(s)::text, ',' order by s.user_id)
                                from students s where s.user_id in (:studentA, :studentB)),
                            (select string_agg(to_jsonb(d)::text, ',' order by d.id) from payment_disputes d
                                join applications a on a.id = d.application_id where a.student_id in (:studentA, :studentB)),
                            (select string_agg(c.student_id || ':' || c.uploaded_at, ',' order by c.student_id)
                                from student_cvs c where c.student_id in (:studentA, :studentB)),
                            (select string_agg(to_jsonb(c)::text, ',' order by c.id) from companies c
                                where c.id in (:co1, :co2)),
                            (select string_agg(to_jsonb(m)::text, ',' order by m.user_id) from company_members m
                                where m.company_id in (:co1, :co2)),
                            (select string_agg(to_jsonb(i)::text, ',' order by i.id) from company_invitations i
                                where i.company_id in (:co1, :co2)),
                            (select string_agg(concat_ws(':', 'm', m.id, m.body), ',' order by m.id) from engagement_messages m
                                join applications a on a.id = m.application_id where a.student_id in (:studentA, :studentB)),
                            (select string_agg(concat_ws(':', 'r', r.user_id, r.last_read_at), ',' order by r.user_id)
                                from engagement_reads r join applications a on a.id = r.application_id
                                where a.student_id in (:studentA, :studentB)),
                            (select string_agg(concat_ws(':', 'd', d.id, d.status, d.title), ',' order by d.id)
                                from engagement_deliverables d join applications a on a.id = d.application_id
                                where a.student_id in (:studentA, :studentB)),
                            (select string_agg(concat_ws(':', 'v', v.id, v.decision), ',' order by v.id)
                                from engagement_deliverable_reviews v join applications a on a.id = v.application_id
                                where a.student_id in (:studentA, :studentB)),
                            (select string_agg(concat_ws(':', 'ms', ms.id, ms.title), ',' order by ms.id)
                                from engagement_milestones ms join applications a on a.id = ms.application_id
                                where a.student_id in (:studentA, :studentB)),
                            (select string_agg(to_jsonb(t)::text, ',' order by t.id)
                                from engagement_timesheets t join applications a on a.id = t.application_id
                                where a.student_id in (:studentA, :studentB)),
                            (select string_agg(to_jsonb(h)::text, ',' order by h.id)
                                from engagement_hours_events h join applications a on a.id = h.application_id
                                where a.student_id in (:studentA, :studentB)),
                            (select string_agg(concat_ws(':', u.id, u.partner_only, u.default_weekly_hour_cap,
                                    u.term_starts_on, u.term_ends_on), ',' order by u.id) from universities u
                                where u.id in (:uni1, :uni2)))
                        """)
                .param("studentA", world.studentA())
                .param("studentB", world.studentB())
                .param("member1", world.co1().memberId())
                .param("member2", world.co2().memberId())
                .param("staff1", world.uni1().staffId())
                .param("staff2", world.uni2().staffId())
                .param("co1", world.co1().id())
                .param("co2", world.co2().id())
                .param("uni1", world.uni1().id())
                .param("uni2", world.uni2().id())
                .query(String.class)
                .single();
    }

    private long timesheet(long application, LocalDate week, String status, long student) {
        return jdbc.sql("""
                        insert into engagement_timesheets (application_id, week_start, hours, status, submitted_by)
                        values (:a, :week, 8, :status, :s) returning id
                        """)
                .param("a", application)
                .param("week", week)
                .param("status", status)
                .param("s", student)
                .query(Long.class)
                .single();
    }

    private long partnershipId(Uni university, Co company) {
        return jdbc.sql("select id from partnerships where university_id = :u and company_id = :c")
                .param("u", university.id())
                .param("c", company.id())
                .query(Long.class)
                .single();
    }
}
