package org.stint.system.access;

import java.time.LocalDate;
import java.util.Map;

/** Employers' routes: their own company, its postings and their applicants. */
final class EmployerRoutes {

    static final RouteRules RULES = new RouteRules(
            """
            # method pattern                                     request                                      anon   stuA   stuB   empA   empB   stfA   stfB   admin
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
            POST /employer/applications/{id}/notes               /employer/applications/{application}/notes   login  403    403    ok     404    403    403    403
            """,
            Map.ofEntries(
                    Map.entry("POST /employer/applications/{id}/notes", Map.of("body", "Strong SQL; call on Monday.")),
                    Map.entry(
                            "POST /employer/applications/{id}/reject", Map.of("message", "Thank you, not this time.")),
                    Map.entry(
                            "POST /employer/applications/{id}/complete",
                            Map.of("hoursWorked", "12", "confirmed", "yes")),
                    // the confirmed second submit of a confirm step: the one that acts
                    Map.entry("POST /employer/applications/{id}/hire", Map.of("confirmed", "yes")),
                    Map.entry("POST /employer/applications/{id}/rating", Map.of("rating", "4", "comment", "Thorough.")),
                    Map.entry(
                            "POST /employer/applications/{id}/payment",
                            Map.of(
                                    "amount",
                                    "1000.00",
                                    "currency",
                                    "USD",
                                    "paidOn",
                                    LocalDate.now().toString()))));

    private EmployerRoutes() {}
}
