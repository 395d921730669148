package org.stint.alert;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.DataBinder;
import org.springframework.web.util.UriComponentsBuilder;
import org.stint.posting.search.PostingFilter;

/**
 * Turns a saved query string back into the browse page's {@link PostingFilter}, binding it the
 * way Spring MVC binds the page's URL: a value that no longer binds is dropped, not fatal.
 */
final class SearchQueries {

    private static final DefaultFormattingConversionService CONVERSION = new DefaultFormattingConversionService();

    private SearchQueries() {}

    static PostingFilter parse(String query, Map<String, String> overrides) {
        Map<String, String> params = new LinkedHashMap<>();
        UriComponentsBuilder.fromUriString("/postings?" + query)
                .build()
                .getQueryParams()
                .forEach((name, values) -> params.put(decode(name), values.isEmpty() ? "" : decode(values.get(0))));
        params.putAll(overrides);
        for (int attempt = 0; attempt < 20; attempt++) {
            DataBinder binder = bind(params);
            if (binder.getTarget() != null) {
                return (PostingFilter) binder.getTarget();
            }
            binder.getBindingResult().getFieldErrors().forEach(error -> params.remove(error.getField()));
        }
        return bind(Map.of()).getTarget() instanceof PostingFilter empty ? empty : PostingFilter.none();
    }

    private static DataBinder bind(Map<String, String> params) {
        DataBinder binder = new DataBinder(null, "filter");
        binder.setTargetType(ResolvableType.forClass(PostingFilter.class));
        binder.setConversionService(CONVERSION);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                return params.get(name);
            }

            @Override
            public Set<String> getNames() {
                return params.keySet();
            }
        });
        return binder;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
