package org.stint.alert;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record SaveSearchForm(
        @Size(max = 120) String name,
        @NotNull @Size(max = 1000) String query,
        @NotNull Frequency frequency) {}
