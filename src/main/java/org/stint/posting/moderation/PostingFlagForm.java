package org.stint.posting.moderation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why someone flags a posting to the administrators. */
record PostingFlagForm(@NotBlank @Size(min = 5, max = 1000) String reason) {}
