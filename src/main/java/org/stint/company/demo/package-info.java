/**
 * The company module's demo rows, written by its own seeder when {@code system.demo} fills an empty
 * database. Open to {@code system} as the named interface {@code demo}.
 */
@NamedInterface("demo")
package org.stint.company.demo;

import org.springframework.modulith.NamedInterface;
