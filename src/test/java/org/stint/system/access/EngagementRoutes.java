package org.stint.system.access;

import java.time.LocalDate;
import java.util.Map;

/**
 * An engagement's routes (a hired application): its student and its company's members take part,
 * the student's career office reads.
 */
final class EngagementRoutes {

    static final RouteRules RULES = new RouteRules(
            """
            # method pattern                                     request                                      anon   stuA   stuB   empA   empB   stfA   stfB   admin
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
            """,
            Map.ofEntries(
                    Map.entry(
                            "POST /engagements/{id}/messages",
                            Map.of("body", "The first draft is in the shared folder.")),
                    Map.entry(
                            "POST /engagements/{id}/deliverables",
                            Map.of("title", "First draft", "url", "https://example.com/draft")),
                    Map.entry(
                            "POST /engagements/{id}/deliverables/{deliverableId}/review",
                            Map.of("decision", "ACCEPTED")),
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
                    Map.entry(
                            "POST /engagements/{id}/timesheets/{timesheetId}/query", Map.of("comment", "Which days?")),
                    Map.entry(
                            "POST /engagements/{id}/timesheets/{timesheetId}/correct",
                            Map.of("hours", "6", "reason", "Friday was a half day.")),
                    Map.entry(
                            "POST /engagements/{id}/hours/correct",
                            Map.of("totalHours", "11", "totalReason", "One hour too many."))));

    private EngagementRoutes() {}
}
