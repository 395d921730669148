package org.stint.system.access;

import java.time.LocalDate;
import java.util.Map;

/**
 * Career-office staff's routes: their own university's partnerships, reports, recommendations,
 * settings, disputes and colleagues.
 */
final class UniversityRoutes {

    static final RouteRules RULES = new RouteRules(
            """
            # method pattern                                     request                                      anon   stuA   stuB   empA   empB   stfA   stfB   admin
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
            """,
            Map.ofEntries(
                    // the confirmed second submit of a confirm step: the one that acts
                    Map.entry("POST /university/partnerships/{id}/approve", Map.of("confirmed", "yes")),
                    Map.entry(
                            "POST /university/disputes/{id}/outcome",
                            Map.of("outcome", "RESOLVED", "note", "Paid in full.")),
                    Map.entry(
                            "POST /university/settings/hour-cap",
                            Map.of(
                                    "defaultWeeklyHourCap",
                                    "20",
                                    "termStartsOn",
                                    LocalDate.now().minusDays(10).toString(),
                                    "termEndsOn",
                                    LocalDate.now().plusDays(80).toString())),
                    Map.entry(
                            "POST /university/partnerships/{id}/decline",
                            Map.of("reason", "No website we could check.")),
                    Map.entry("POST /university/partnerships/{id}/revoke", Map.of("reason", "Students complained.")),
                    Map.entry("POST /university/settings", Map.of("partnerOnly", "true"))));

    private UniversityRoutes() {}
}
