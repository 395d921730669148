package org.stint.system.access;

import java.util.Map;

/** Administrators' routes: universities, users and the moderation queue. */
final class AdminRoutes {

    static final RouteRules RULES = new RouteRules(
            """
            # method pattern                                     request                                      anon   stuA   stuB   empA   empB   stfA   stfB   admin
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
            """,
            Map.ofEntries(
                    // the confirmed second submit of a confirm step: the one that acts
                    Map.entry("POST /admin/users/{id}/disable", Map.of("confirmed", "yes")),
                    Map.entry("POST /admin/moderation/{id}/hide", Map.of("reason", "It asks for a deposit."))));

    private AdminRoutes() {}
}
