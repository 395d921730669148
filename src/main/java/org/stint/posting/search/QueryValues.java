package org.stint.posting.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;

/** Reads a search's values from a URL's query: unparseable values are left unset. */
final class QueryValues {

    private QueryValues() {}

    static String text(MultiValueMap<String, String> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    /** The first value, trimmed; null when absent or blank. */
    private static String first(MultiValueMap<String, String> query, String name) {
        String value = query.getFirst(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <E extends Enum<E>> E choice(MultiValueMap<String, String> query, String name, Class<E> type) {
        return parsed(query, name, value -> Enum.valueOf(type, value));
    }

    static Integer number(MultiValueMap<String, String> query, String name) {
        return parsed(query, name, Integer::valueOf);
    }

    static LocalDate day(MultiValueMap<String, String> query, String name) {
        return parsed(query, name, LocalDate::parse);
    }

    /** The first value, parsed; null when absent, blank or not parseable. */
    private static <T> T parsed(MultiValueMap<String, String> query, String name, Function<String, T> parse) {
        String value = first(query, name);
        try {
            return value == null ? null : parse.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            return null;
        }
    }
}
