package org.stint.system.access;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * The access matrix: every route × eight principals, gathered from the {@link RouteRules} of each
 * area. A new route's row (and its form fields) goes in the file of its area.
 */
final class AccessMatrix {

    /** Every area's rules. */
    static final List<RouteRules> AREAS = List.of(
            PublicRoutes.RULES,
            AccountRoutes.RULES,
            StudentRoutes.RULES,
            EmployerRoutes.RULES,
            EngagementRoutes.RULES,
            UniversityRoutes.RULES,
            AdminRoutes.RULES);

    /** Where a missing row goes, for the failure message. */
    static final String AREA_FILES = "PublicRoutes, AccountRoutes, StudentRoutes, EmployerRoutes, EngagementRoutes,"
            + " UniversityRoutes or AdminRoutes in org.stint.system.access";

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

    /** A parsed row, with the form fields its request sends. */
    record Row(
            String route, HttpMethod method, String request, Map<Who, Outcome> expected, Map<String, String> fields) {}

    /** Every area's rows by "METHOD /pattern"; two rows for one route, or fields without a row, fail. */
    static Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (RouteRules area : AREAS) {
            Set<String> routes = new HashSet<>();
            for (String line : area.rows().lines().toList()) {
                if (line.isBlank() || line.trim().startsWith("#")) {
                    continue;
                }
                Row row = row(line, area.fields());
                routes.add(row.route());
                if (rows.put(row.route(), row) != null) {
                    throw new IllegalStateException("Two rows for " + row.route());
                }
            }
            for (String route : area.fields().keySet()) {
                if (!routes.contains(route)) {
                    throw new IllegalStateException("Form fields for " + route + " without its row in the same file");
                }
            }
        }
        return rows;
    }

    private static Row row(String line, Map<String, Map<String, String>> fields) {
        String[] cells = line.trim().split("\\s+");
        if (cells.length != 3 + Who.values().length) {
            throw new IllegalStateException("A matrix row needs method, pattern, request and eight outcomes: " + line);
        }
        Map<Who, Outcome> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(who, Outcome.of(cells[3 + who.ordinal()]));
        }
        String route = cells[0] + " " + cells[1];
        return new Row(route, HttpMethod.valueOf(cells[0]), cells[2], expected, fields.getOrDefault(route, Map.of()));
    }

    private AccessMatrix() {}
}
