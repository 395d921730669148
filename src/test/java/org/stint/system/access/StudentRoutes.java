package org.stint.system.access;

import java.util.Map;

/**
 * Students' routes: their applications, profile and CV, saved searches and saved postings; and
 * reporting a posting, which career-office staff may do too.
 */
final class StudentRoutes {

    static final RouteRules RULES = new RouteRules(
            """
            # method pattern                                     request                                      anon   stuA   stuB   empA   empB   stfA   stfB   admin
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
            """,
            Map.ofEntries(
                    Map.entry("POST /applications/{id}/rating", Map.of("rating", "5", "comment", "Clear and kind.")),
                    Map.entry("POST /postings/{postingId}/apply", Map.of("coverNote", "I can start on Monday.")),
                    Map.entry("POST /saved-searches", Map.of("name", "Data", "query", "q=data", "frequency", "DAILY")),
                    Map.entry("POST /saved-searches/{id}", Map.of("frequency", "WEEKLY")),
                    Map.entry("POST /postings/{id}/report", Map.of("reason", "It asks for a deposit.")),
                    Map.entry("POST /saved-postings", Map.of("postingId", "{posting}")),
                    // the confirmed second submit of a confirm step: the one that acts
                    Map.entry("POST /applications/{id}/withdraw", Map.of("confirmed", "yes")),
                    Map.entry("POST /applications/{id}/dispute", Map.of("reason", "A fifth of the fee is missing."))));

    private StudentRoutes() {}
}
