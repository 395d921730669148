package org.stint.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * A Spring Modulith module test of the test class's module on real PostgreSQL, without a web
 * server: by default with the modules it depends on, with {@link ModuleTestConfiguration}'s clock
 * and small pool, and with {@link PatientScenarios}. Test classes of one module with the same
 * attributes share one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Import(ModuleTestConfiguration.class)
@ExtendWith(PatientScenarios.class)
@TestPropertySource(properties = {ModuleTestConfiguration.SMALL_POOL, ModuleTestConfiguration.FEW_IDLE})
public @interface ModuleTest {

    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
    ApplicationModuleTest.BootstrapMode mode() default ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES;

    /** Further modules to bootstrap, by name. */
    @AliasFor(annotation = ApplicationModuleTest.class, attribute = "extraIncludes")
    String[] extraIncludes() default {};
}
