package org.stint.company;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTests {

    @Test
    void makesUrlSafeNames() {
        assertThat(Slugs.of("Lumen Analytics Ltd.")).isEqualTo("lumen-analytics-ltd");
        assertThat(Slugs.of("  Café Ñandú & Co  ")).isEqualTo("cafe-nandu-co");
        assertThat(Slugs.of("!!!")).isEqualTo("company");
        assertThat(Slugs.of("a".repeat(100))).hasSize(60);
    }
}
