package org.stint.hiring;

public enum ApplicationStatus {
    SUBMITTED,
    SHORTLISTED,
    REJECTED,
    WITHDRAWN,
    HIRED,
    COMPLETED
}
