package org.stint.hiring;

import jakarta.validation.constraints.Size;

/** An optional message to the student. */
record RejectForm(@Size(max = 1000) String message) {}
