package org.stint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which module owns each table, and which module's SQL names which other module's tables. A table
 * belongs to the module its creating migration is named after ({@code V5__posting_postings.sql}),
 * unless {@link #OWNER_OVERRIDES} says otherwise. SQL is every string literal of a module's Java
 * sources (native queries, {@code JdbcClient} statements, {@code @Query}) and the function bodies
 * and triggers of the migrations named after the module.
 */
final class TableOwnership {

    /** Tables whose creating migration is not named after their owner. */
    static final Map<String, String> OWNER_OVERRIDES = Map.of(
            "event_publication", "system", // Spring Modulith's event publication registry
            "shedlock", "system", // the lock of every module's scheduled jobs
            "sign_in_failures", "account",
            "app_secrets", "system");

    private static final Pattern MIGRATION = Pattern.compile("V\\d+__([a-z]+)_.*\\.sql");

    private static final Pattern CREATE_TABLE =
            Pattern.compile("create table (?:if not exists )?([a-z_]+)", Pattern.CASE_INSENSITIVE);

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    private static final Pattern FUNCTION_BODY = Pattern.compile("\\$\\$(.*?)\\$\\$", Pattern.DOTALL);

    private static final Pattern TRIGGER =
            Pattern.compile("create\\s+(?:or\\s+replace\\s+)?trigger\\s.*?\\bon\\s+[a-z_]+", Pattern.DOTALL);

    private final Path main;

    private final Map<String, String> owners;

    TableOwnership(Path main) {
        this.main = main;
        this.owners = owners(main.resolve("resources/db/migration"));
    }

    Map<String, String> owners() {
        return owners;
    }

    /** (module, foreign table) → the files whose SQL names it. */
    Map<String, Set<String>> crossings() {
        Map<String, Set<String>> found = new TreeMap<>();
        Path java = main.resolve("java/org/stint");
        for (Path file : files(java, ".java")) {
            String module = java.relativize(file).getName(0).toString();
            record(found, module, literals(read(file)), java.relativize(file).toString());
        }
        Path migrations = main.resolve("resources/db/migration");
        for (Path file : files(migrations, ".sql")) {
            Matcher name = MIGRATION.matcher(file.getFileName().toString());
            if (name.matches() && owners.containsValue(name.group(1))) {
                record(
                        found,
                        name.group(1),
                        triggerSql(read(file)),
                        file.getFileName().toString());
            }
        }
        return found;
    }

    private void record(Map<String, Set<String>> found, String module, String sql, String file) {
        for (Map.Entry<String, String> table : owners.entrySet()) {
            if (!table.getValue().equals(module) && names(sql, table.getKey())) {
                found.computeIfAbsent(module + " " + table.getKey(), k -> new TreeSet<>())
                        .add(file);
            }
        }
    }

    /**
     * The table after a keyword that takes one (from, join, into, update, table, on), or second in
     * a {@code from a x, b y} list.
     */
    static boolean names(String sql, String table) {
        return Pattern.compile(
                        "(?:\\b(?:from|join|into|update|table|on)|\\bfrom\\s+[a-z_]+(?:\\s+[a-z]+)?\\s*,)\\s+"
                                + "(?:only\\s+)?" + table + "\\b",
                        Pattern.CASE_INSENSITIVE)
                .matcher(sql)
                .find();
    }

    static String literals(String java) {
        StringBuilder sql = new StringBuilder();
        Matcher blocks = TEXT_BLOCK.matcher(java);
        while (blocks.find()) {
            sql.append(blocks.group(1)).append('\n');
        }
        Matcher strings = STRING.matcher(TEXT_BLOCK.matcher(java).replaceAll(""));
        while (strings.find()) {
            sql.append(strings.group(1)).append('\n');
        }
        return sql.toString();
    }

    static String triggerSql(String migration) {
        String withoutComments = migration.replaceAll("--[^\\n]*", "");
        StringBuilder sql = new StringBuilder();
        for (Pattern part : List.of(FUNCTION_BODY, TRIGGER)) {
            Matcher m = part.matcher(withoutComments);
            while (m.find()) {
                sql.append(m.group()).append('\n');
            }
        }
        return sql.toString();
    }

    private static Map<String, String> owners(Path migrations) {
        Map<String, String> owners = new HashMap<>();
        for (Path file : files(migrations, ".sql")) {
            Matcher name = MIGRATION.matcher(file.getFileName().toString());
            Matcher tables = CREATE_TABLE.matcher(read(file));
            while (tables.find()) {
                String table = tables.group(1).toLowerCase();
                owners.put(table, OWNER_OVERRIDES.getOrDefault(table, name.matches() ? name.group(1) : "?"));
            }
        }
        return owners;
    }

    private static List<Path> files(Path root, String suffix) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
