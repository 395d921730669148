package org.stint.hiring;

/** What the career office concluded about a pay dispute. */
public enum DisputeOutcome {
    /** Settled between the student and the company. */
    RESOLVED,
    /** The student was right: the company owes what the dispute says. */
    UPHELD,
    /** The payment recorded stands. */
    REJECTED
}
