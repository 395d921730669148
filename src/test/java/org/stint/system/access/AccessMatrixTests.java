package org.stint.system.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriTemplate;
import org.stint.system.access.AccessMatrix.Outcome;
import org.stint.system.access.AccessMatrix.Row;
import org.stint.system.access.AccessMatrix.Who;
import org.stint.testsupport.AppTestSupport;
import org.stint.testsupport.Fixtures;

/**
 * The access matrix: every route the application maps (pattern × HTTP method, read
 * from Spring's {@link RequestMappingHandlerMapping}) × eight principals has an expected outcome
 * written in the {@link RouteRules} of its area ({@link AccessMatrix#AREAS}). A route the
 * application maps without a row fails, so no route can be added without deciding who may use it.
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
class AccessMatrixTests extends AppTestSupport {

    /**
     * Handlers in the mapping that are not the application's routes. (Actuator's endpoints have a
     * handler mapping of their own and do not appear here; AccessRulesTests covers them.)
     */
    private static final Map<String, String> SKIPPED = Map.of(
            "* /error",
            "Spring Boot's BasicErrorController renders error pages for any method; the security "
                    + "chain lets only error dispatches and its own /error through");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Each route × each principal, one test per cell. */
    @TestFactory
    Stream<DynamicNode> everyRouteAnswersEachPrincipalAsTheMatrixSays() {
        Map<String, Row> matrix = AccessMatrix.rows();
        World shared = World.create(jdbc);
        List<DynamicNode> routes = new ArrayList<>();
        for (String route : mappedRoutes()) {
            Row row = matrix.get(route);
            if (row == null) {
                routes.add(DynamicTest.dynamicTest(
                        route,
                        () -> fail(route + " is mapped but has no row in the access matrix: decide who may use it"
                                + " and add the row to " + AccessMatrix.AREA_FILES)));
                continue;
            }
            List<DynamicTest> cells = new ArrayList<>();
            for (Who who : Who.values()) {
                Outcome expected = row.expected().get(who);
                cells.add(DynamicTest.dynamicTest(who + " → " + expected, () -> {
                    // a POST that may succeed changes state: it gets a world of its own
                    boolean changesState = row.method() == HttpMethod.POST && expected == Outcome.OK;
                    World world = changesState ? World.create(jdbc) : shared;
                    String before = WorldState.of(jdbc, world);
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
                        assertThat(WorldState.of(jdbc, world))
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
        Map<String, Row> matrix = AccessMatrix.rows();
        World world = World.create(jdbc);
        return mappedRoutes().stream().filter(matrix::containsKey).map(route -> {
            Row row = matrix.get(route);
            return DynamicContainer.dynamicContainer(
                    route,
                    Stream.of(Who.values())
                            .map(who -> DynamicTest.dynamicTest(who + " → 403", () -> {
                                URI uri = uri(row, world);
                                MockHttpServletRequestBuilder request = post(uri);
                                row.fields().forEach(request::param);
                                String email = world.email(new Fixtures(jdbc), who);
                                if (email != null) {
                                    request.with(as(email));
                                }
                                String before = WorldState.of(jdbc, world);
                                MvcResult result = mvc.perform(request).andReturn();
                                assertThat(WorldState.of(jdbc, world))
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
        Set<String> stale = new TreeSet<>(AccessMatrix.rows().keySet());
        stale.removeAll(mappedRoutes());
        assertThat(stale)
                .as("rows in " + AccessMatrix.AREA_FILES + " without a route")
                .isEmpty();
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

    private MockHttpServletRequestBuilder requestFor(Row row, URI uri, World world, Who who) {
        MockHttpServletRequestBuilder request = request(row.method(), uri);
        // a value naming an object of the world ("{posting}") is that object's id
        row.fields()
                .forEach((name, value) -> request.param(
                        name,
                        value.startsWith("{") && value.endsWith("}")
                                ? String.valueOf(world.objects().get(value.substring(1, value.length() - 1)))
                                : value));
        String email = world.email(new Fixtures(jdbc), who);
        if (email != null) {
            request.with(as(email));
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
}
