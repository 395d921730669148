package org.stint.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One fragment rendered once per key and locale and used again for as long as the value it shows
 * is equal: for pages whose data is read on every request (or kept elsewhere) but whose HTML
 * depends on nothing else, such as a search's result page, an outcome report or a posting's
 * applicants. Only for fragments without per-viewer content (no form token, no name): the caller
 * checks access before asking.
 *
 * @param <K> what identifies the page (a search, a posting and filter)
 * @param <V> what the fragment shows; compared with {@code equals}
 */
public final class KeptRendering<K, V> {

    private record Key<K>(K key, Locale locale) {}

    private record Rendered<V>(V value, String html) {}

    private final FragmentRenderer renderer;

    private final String template;

    private final String fragment;

    private final Cache<Key<K>, Rendered<V>> kept;

    public KeptRendering(FragmentRenderer renderer, String template, String fragment, int maximumEntries) {
        this.renderer = renderer;
        this.template = template;
        this.fragment = fragment;
        this.kept = Caffeine.newBuilder().maximumSize(maximumEntries).build();
    }

    /** {@code variables}: the fragment's variables, asked for only when it is rendered. */
    public String html(K key, V value, Supplier<Map<String, Object>> variables) {
        Locale locale = LocaleContextHolder.getLocale();
        Key<K> at = new Key<>(key, locale);
        Rendered<V> rendered = kept.getIfPresent(at);
        if (rendered != null && rendered.value() == value) {
            return rendered.html();
        }
        if (rendered != null && rendered.value().equals(value)) {
            // An equal value read afresh: keep the new one, so that the next requests compare
            // identities (a value kept elsewhere is the same object until it is read again) instead
            // of every field (that comparison was a quarter of the outcome dashboard's CPU time).
            kept.put(at, new Rendered<>(value, rendered.html()));
            return rendered.html();
        }
        String html = renderer.render(template, fragment, locale, variables.get());
        kept.put(at, new Rendered<>(value, html));
        return html;
    }
}
