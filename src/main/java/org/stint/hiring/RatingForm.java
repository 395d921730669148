package org.stint.hiring;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A 1–5 rating with an optional comment, both ways. */
record RatingForm(
        @NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = 2000) String comment) {}
