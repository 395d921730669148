/**
 * The engagement: after the hire, the page the student and the company's members share (read-only
 * for the student's career office): messages, deliverables and their reviews, milestones, weekly
 * timesheets and corrections of hours, in one timeline.
 */
@ApplicationModule(allowedDependencies = {"account", "hiring", "shared"})
package org.stint.engagement;

import org.springframework.modulith.ApplicationModule;
