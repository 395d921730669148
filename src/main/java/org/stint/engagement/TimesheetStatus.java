package org.stint.engagement;

/** A week's timesheet: waiting for the employer, approved (then only the employer corrects it), or queried. */
enum TimesheetStatus {
    SUBMITTED,
    APPROVED,
    QUERIED
}
