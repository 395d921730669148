package org.stint.posting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why someone reports a posting. */
record ReportForm(@NotBlank @Size(min = 5, max = 1000) String reason) {}
