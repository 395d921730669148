package org.stint.testsupport;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * Runs the module tests after every other test class. The tests share one database, and the
 * whole application loads its demo data only into a database without users; a module test that
 * ran first would leave users behind and the demo data would never be loaded.
 */
public final class ModuleTestsLast implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors()
                .sort(Comparator.comparing(descriptor -> descriptor.isAnnotated(ApplicationModuleTest.class)));
    }
}
