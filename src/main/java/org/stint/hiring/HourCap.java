package org.stint.hiring;

/**
 * A student's weekly hour cap in force today (their own, else their university's default during
 * term; null when neither) and the hours a week their running engagements (HIRED applications,
 * each at its posting's hours per week) already take.
 */
record HourCap(Integer cap, int committed) {

    /**
     * The cap in force in SQL, over {@code s} (students) joined to {@code un} (universities): the
     * student's own, else the university's default between its term dates.
     */
    static final String CAP_SQL = """
            coalesce(s.weekly_hour_cap,
                     case when current_date between un.term_starts_on and un.term_ends_on
                          then un.default_weekly_hour_cap end)""";

    /** The hours a week the student {@code s} is committed to, in SQL. */
    static final String COMMITTED_SQL = """
            (select coalesce(sum(cp.hours_per_week), 0) from applications ca
             join postings cp on cp.id = ca.posting_id
             where ca.student_id = s.user_id and ca.status = 'HIRED')""";

    public boolean hasCap() {
        return cap != null;
    }

    /** Hours a week still free under the cap (never below zero); meaningless without a cap. */
    public int free() {
        return cap == null ? 0 : Math.max(0, cap - committed);
    }

    /** Whether another engagement of this many hours a week fits under the cap. */
    boolean allows(int hoursPerWeek) {
        return cap == null || committed + hoursPerWeek <= cap;
    }
}
