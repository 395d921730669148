package org.stint.system.access;

import java.util.Map;

/**
 * One area's part of the access matrix: a row per route and the form fields its POSTs send.
 *
 * <p>{@code rows}: method, the pattern as Spring maps it, the request sent (its {names} are
 * objects of {@link World}, owned by the A principals unless the name says otherwise), then the
 * expected outcome for each principal in the order of {@link AccessMatrix.Who}: {@code ok},
 * {@code login}, {@code 403} or {@code 404}. Student A studies at university 1, student B at
 * university 2; employer A is a member of company 1, employer B of company 2; staff A works for
 * university 1's career office, staff B for university 2's. Lines starting with {@code #} are
 * comments.
 *
 * <p>{@code fields}: form fields that pass validation, so that a POST reaches the service (and
 * its ownership check) instead of stopping at a field error; a value naming an object of the
 * world ({@code "{posting}"}) is that object's id. Routes not listed are sent without fields.
 */
record RouteRules(String rows, Map<String, Map<String, String>> fields) {}
