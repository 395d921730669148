package org.stint.hiring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ApplyForm(@NotBlank @Size(max = 3000) String coverNote) {}
