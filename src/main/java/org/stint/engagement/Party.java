package org.stint.engagement;

/** Who is looking at an engagement: the hired student, a member of the company, or career-office staff. */
enum Party {
    STUDENT,
    EMPLOYER,
    STAFF;

    /** Student and employer work on it; staff only read. */
    boolean takesPart() {
        return this != STAFF;
    }
}
