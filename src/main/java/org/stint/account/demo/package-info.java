/**
 * The account module's demo rows, written by its own seeder when {@code system.demo} fills an empty
 * database. Open to {@code system} and to the company, university and student seeders (whose
 * accounts these are) as the named interface {@code demo}.
 */
@NamedInterface("demo")
package org.stint.account.demo;

import org.springframework.modulith.NamedInterface;
