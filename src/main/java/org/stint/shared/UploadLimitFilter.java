package org.stint.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A file above the multipart limits (spring.servlet.multipart.*) must come back as its form's page
 * with a message, not as an error page. Tomcat 11 fails such a request as soon as anything reads a
 * parameter, and Spring Security's CSRF filter does that first; so, for one upload address, a
 * subclass of this filter parses the upload just before Spring Security and turns "too large" into
 * a redirect with the message. Nothing changes on that path, so it needs no CSRF check; a
 * successful parse is cached by the container and the request goes on through security (CSRF token
 * included) as usual.
 */
public abstract class UploadLimitFilter extends OncePerRequestFilter implements Ordered {

    private final MultipartResolver multipartResolver;

    private final FlashMapManager flashMapManager;

    /** The application's resolver and flash store when present (web slices may have neither). */
    protected UploadLimitFilter(
            ObjectProvider<MultipartResolver> multipartResolver, ObjectProvider<FlashMapManager> flashMaps) {
        this.multipartResolver = multipartResolver.getIfAvailable(StandardServletMultipartResolver::new);
        this.flashMapManager = flashMaps.getIfAvailable(SessionFlashMapManager::new);
    }

    /**
     * The page (within the application) to send a too-large upload back to, or null when the path
     * is not this filter's upload address.
     */
    protected abstract String pageFor(String path);

    /** Puts the "too large" message where the page shows it. */
    protected abstract void addTooLargeMessage(FlashMap flash);

    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || pageFor(path(request)) == null
                || !multipartResolver.isMultipart(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            multipartResolver.resolveMultipart(request);
        } catch (MaxUploadSizeExceededException tooLarge) {
            String page = request.getContextPath() + pageFor(path(request));
            FlashMap flash = new FlashMap();
            addTooLargeMessage(flash);
            flash.setTargetRequestPath(page);
            flashMapManager.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(page);
            return;
        }
        chain.doFilter(request, response);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
