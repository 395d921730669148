package org.stint.shared;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** ISO 3166 countries for pickers: the markets Stint serves first, then the rest by name. */
public final class Countries {

    public record Country(String code, String name) {}

    private static final List<String> FIRST = List.of("US", "GB", "IN");

    private static final Map<String, String> NAMES = Arrays.stream(Locale.getISOCountries())
            .collect(Collectors.toUnmodifiableMap(
                    code -> code, code -> new Locale("", code).getDisplayCountry(Locale.ENGLISH)));

    private static final List<Country> ALL = Stream.concat(
                    FIRST.stream().map(Countries::country),
                    Arrays.stream(Locale.getISOCountries())
                            .filter(code -> !FIRST.contains(code))
                            .map(Countries::country)
                            .sorted(Comparator.comparing(Country::name)))
            .toList();

    private Countries() {}

    public static List<Country> all() {
        return ALL;
    }

    public static String name(String code) {
        return code == null ? "" : NAMES.getOrDefault(code, code);
    }

    private static Country country(String code) {
        return new Country(code, name(code));
    }
}
