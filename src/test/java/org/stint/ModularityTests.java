package org.stint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(StintApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        Documenter documenter = new Documenter(modules, "target/spring-modulith-docs");
        documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
        for (String file : new String[] {"components.puml", "module-hiring.puml", "module-university.puml"}) {
            assertThat(java.nio.file.Path.of("target/spring-modulith-docs", file))
                    .isNotEmptyFile();
        }
    }
}
