package org.stint.system.access;

import java.util.Map;

/** Routes for anyone signed in, whatever their role: the dashboard, notices and account settings. */
final class AccountRoutes {

    static final RouteRules RULES = new RouteRules(
            """
            # method pattern                                     request                                      anon   stuA   stuB   empA   empB   stfA   stfB   admin
            # anyone signed in
            GET  /dashboard                                      /dashboard                                   login  ok     ok     ok     ok     ok     ok     ok
            GET  /notifications                                  /notifications                               login  ok     ok     ok     ok     ok     ok     ok
            POST /notifications/read                             /notifications/read                          login  ok     ok     ok     ok     ok     ok     ok
            GET  /notifications/{id}                             /notifications/{notice}                      login  ok     404    404    404    404    404    404
            GET  /account                                        /account                                     login  ok     ok     ok     ok     ok     ok     ok
            POST /account/password                               /account/password                            login  ok     ok     ok     ok     ok     ok     ok
            POST /account/time-zone                              /account/time-zone                           login  ok     ok     ok     ok     ok     ok     ok
            POST /account/verification                           /account/verification                        login  ok     ok     ok     ok     ok     ok     ok
            """, Map.ofEntries(Map.entry("POST /account/time-zone", Map.of("timeZone", "Europe/London"))));

    private AccountRoutes() {}
}
