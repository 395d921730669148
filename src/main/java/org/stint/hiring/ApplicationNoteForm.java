package org.stint.hiring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new private note on an application. */
record ApplicationNoteForm(@NotBlank @Size(max = 2000) String body) {}
