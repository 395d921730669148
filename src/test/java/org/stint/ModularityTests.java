package org.stint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /** Read once for the three tests: importing and analysing the classes takes seconds. */
    private static final ApplicationModules modules = ApplicationModules.of(StintApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * A module's SQL names only its own tables, except the crossings listed with their reasons in
     * docs/architecture.md ("SQL across modules"); a listed crossing that no longer happens fails too,
     * so the list stays true.
     */
    @Test
    void modulesSqlNamesOnlyTheirOwnTablesOrADocumentedException() throws Exception {
        TableOwnership ownership = new TableOwnership(Path.of("src/main"));
        assertThat(ownership.owners()).doesNotContainValue("?");
        Map<String, Set<String>> crossings = ownership.crossings();
        Set<String> documented = documentedCrossings();
        Map<String, Set<String>> undocumented = new TreeMap<>(crossings);
        undocumented.keySet().removeAll(documented);
        assertThat(undocumented)
                .as("SQL naming another module's table (module table → files); use that module's API,"
                        + " or list the crossing with its reason in docs/architecture.md")
                .isEmpty();
        assertThat(documented)
                .as("crossings listed in docs/architecture.md that no SQL makes any more")
                .isSubsetOf(crossings.keySet());
    }

    /** Rows "| `module` | `table` | …" of the table under "## SQL across modules". */
    private static Set<String> documentedCrossings() throws Exception {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        String section = doc.substring(doc.indexOf("## SQL across modules"));
        int next = section.indexOf("\n## ", 3);
        Matcher row = Pattern.compile("(?m)^\\| `([a-z]+)` \\| `([a-z_]+)` \\|")
                .matcher(next < 0 ? section : section.substring(0, next));
        Set<String> rows = new TreeSet<>();
        while (row.find()) {
            rows.add(row.group(1) + " " + row.group(2));
        }
        return rows;
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
