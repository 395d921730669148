package org.stint.company;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe names: "Lumen Analytics Ltd." becomes "lumen-analytics-ltd". */
final class Slugs {

    private Slugs() {}

    static String of(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-$", "");
        }
        return slug.isEmpty() ? "company" : slug;
    }
}
