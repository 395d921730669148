package org.stint.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * HTTP caching, so that browsers, nginx or a CDN absorb repeated pages across any number of
 * instances:
 *
 * <ul>
 *   <li>the public pages, for a visitor who is not signed in, are {@code public} for a short
 *       {@code max-age} ({@code stint.http.public-max-age}), vary by cookie (a signed-in visitor's
 *       own page is never served from them) and carry an ETag, so a conditional request after
 *       that time is answered 304 when nothing changed;
 *   <li>every page of a signed-in visitor is {@code private, no-store};
 *   <li>everything else keeps Spring Security's default (no caching).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class HttpCaching implements WebMvcConfigurer {

    /** Pages that show the same to every visitor who is not signed in (and hold no form token). */
    static final String[] PUBLIC_PAGES = {
        "/", "/about", "/postings", "/postings/*", "/postings/feed", "/companies/*", "/portfolio/*", "/verify/*"
    };

    private final String publicCacheControl;

    HttpCaching(@Value("${stint.http.public-max-age:PT60S}") Duration publicMaxAge) {
        this.publicCacheControl =
                CacheControl.maxAge(publicMaxAge).cachePublic().getHeaderValue();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CacheHeaders(publicCacheControl));
    }

    /**
     * ETags from the public pages' bytes, for responses that may be cached (not {@code no-store}:
     * a signed-in visitor's page gets none).
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> etagFilter() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !isPublic(request);
            }
        };
        filter.setWriteWeakETag(true); // the same page compressed or not
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(-200); // outside the security filters, so their headers are written first
        return registration;
    }

    /** A GET or HEAD of one of the {@link #PUBLIC_PAGES}. */
    static boolean isPublic(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String pattern : PUBLIC_PAGES) {
            if (PATHS.match(pattern, path)) {
                return true;
            }
        }
        return false;
    }

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private static final class CacheHeaders implements HandlerInterceptor {

        private final String publicCacheControl;

        CacheHeaders(String publicCacheControl) {
            this.publicCacheControl = publicCacheControl;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (Viewer.current().signedIn()) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            }
            return true;
        }

        /** Only a page the handler answered normally: never an error, never a redirect. */
        @Override
        public void postHandle(
                HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
            boolean page = view == null
                    || view.getStatus() == null
                            && !String.valueOf(view.getViewName()).startsWith("redirect:");
            if (page
                    && response.getStatus() == HttpServletResponse.SC_OK
                    && isPublic(request)
                    && !Viewer.current().signedIn()
                    && !showsFlash(request)) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, publicCacheControl);
                response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
            }
        }

        private static boolean showsFlash(HttpServletRequest request) {
            Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
            return flash != null && !flash.isEmpty();
        }
    }
}
