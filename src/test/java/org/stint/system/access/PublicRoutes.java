package org.stint.system.access;

import java.util.Map;

/**
 * Routes anyone may use, signed in or not: public pages, files and feeds, signing in and
 * signing up, e-mail verification links and password reset.
 */
final class PublicRoutes {

    static final RouteRules RULES = new RouteRules(
            """
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
            """,
            Map.ofEntries(
                    Map.entry("POST /password-reset", Map.of("email", "nobody@nowhere.example")),
                    Map.entry(
                            "POST /signup/staff/{token}",
                            Map.of("name", "New Colleague", "password", "a long password 1"))));

    private PublicRoutes() {}
}
