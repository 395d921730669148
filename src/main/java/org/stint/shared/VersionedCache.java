package org.stint.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Values kept for as long as the version they were computed under is still the current one: the
 * caller reads the current version (a number the database changes with the data, such as
 * {@code posting_search_version}, V44) before each use, and a kept value computed under another
 * number is computed afresh. Values are also dropped after a maximum age, for what the version
 * does not cover (time passing). Two requests that miss together both compute: nothing waits on
 * another request's work.
 *
 * <p>Correct only if a version, once read, means the data the caller's next statements see: read
 * it first, then compute. A change committed in between is then part of the value and only makes
 * the next use compute again.
 */
public final class VersionedCache<K, V> {

    private record Entry<V>(long version, V value) {}

    private final Cache<K, Entry<V>> entries;

    /** A maximum age of zero seconds (or less) keeps nothing: every use computes. */
    public VersionedCache(int maximumEntries, int maximumAgeSeconds) {
        this.entries = maximumAgeSeconds <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(maximumEntries)
                        .expireAfterWrite(Duration.ofSeconds(maximumAgeSeconds))
                        .build();
    }

    public V get(K key, LongSupplier currentVersion, Supplier<V> compute) {
        if (entries == null) {
            return compute.get();
        }
        long version = currentVersion.getAsLong();
        Entry<V> kept = entries.getIfPresent(key);
        if (kept != null && kept.version() == version) {
            return kept.value();
        }
        V value = compute.get();
        entries.put(key, new Entry<>(version, value));
        return value;
    }
}
