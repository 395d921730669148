package org.stint.shared;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.Locale;

/**
 * Output (HTML, bytes) kept per key and locale with the value it shows, and handed out again only
 * for that value: the same object, or an equal one read afresh, which then replaces the kept one,
 * so that the next requests compare identities (a value kept elsewhere is the same object until it
 * is read again) instead of every field (that comparison was a quarter of the outcome dashboard's
 * CPU time). Shared by {@link KeptRendering} and {@link KeptPages}.
 */
final class KeptByValue<K, O> {

    record Key<K>(K key, Locale locale) {}

    record Kept<O>(Object value, O output) {}

    private final Cache<Key<K>, Kept<O>> kept;

    KeptByValue(Cache<Key<K>, Kept<O>> kept) {
        this.kept = kept;
    }

    /** The output kept for this key and locale if it shows this value, else null. */
    O get(K key, Locale locale, Object value) {
        Key<K> at = new Key<>(key, locale);
        Kept<O> found = kept.getIfPresent(at);
        if (found == null) {
            return null;
        }
        if (found.value() == value) {
            return found.output();
        }
        if (found.value().equals(value)) {
            kept.put(at, new Kept<>(value, found.output()));
            return found.output();
        }
        return null;
    }

    void put(K key, Locale locale, Object value, O output) {
        kept.put(new Key<>(key, locale), new Kept<>(value, output));
    }
}
