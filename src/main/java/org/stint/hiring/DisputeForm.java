package org.stint.hiring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The student's reason for disputing the pay of a completed engagement. */
record DisputeForm(@NotBlank @Size(max = 2000) String reason) {}
