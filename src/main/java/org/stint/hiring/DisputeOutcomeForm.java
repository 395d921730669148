package org.stint.hiring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The career office's outcome of a pay dispute, with a note for the student and the company. */
record DisputeOutcomeForm(
        @NotNull DisputeOutcome outcome, @Size(max = 2000) String note) {}
