package org.stint.shared;

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

    private final FragmentRenderer renderer;

    private final String template;

    private final String fragment;

    private final KeptByValue<K, String> kept;

    public KeptRendering(FragmentRenderer renderer, String template, String fragment, int maximumEntries) {
        this.renderer = renderer;
        this.template = template;
        this.fragment = fragment;
        this.kept = new KeptByValue<>(
                Caffeine.newBuilder().maximumSize(maximumEntries).build());
    }

    /** {@code variables}: the fragment's variables, asked for only when it is rendered. */
    public String html(K key, V value, Supplier<Map<String, Object>> variables) {
        Locale locale = LocaleContextHolder.getLocale();
        String html = kept.get(key, locale, value);
        if (html == null) {
            html = renderer.render(template, fragment, locale, variables.get());
            kept.put(key, locale, value, html);
        }
        return html;
    }
}
