package org.stint.engagement;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * A deliverable above the multipart limits must come back as the engagement page with a message,
 * not as an error page: as for the CV (see the student module's filter), the upload is parsed just
 * before Spring Security, whose CSRF check would otherwise fail on it first, and "too large"
 * becomes a redirect with the message. Nothing changes on that path, so it needs no CSRF check; a
 * successful parse goes on through security as usual.
 */
@Component
class DeliverableUploadLimitFilter extends OncePerRequestFilter implements Ordered {

    private static final Pattern PATH = Pattern.compile("/engagements/(\\d{1,18})/deliverables");

    private final MultipartResolver multipartResolver;

    private final FlashMapManager flashMapManager;

    DeliverableUploadLimitFilter(
            ObjectProvider<MultipartResolver> multipartResolver, ObjectProvider<FlashMapManager> flashMaps) {
        this.multipartResolver = multipartResolver.getIfAvailable(StandardServletMultipartResolver::new);
        this.flashMapManager = flashMaps.getIfAvailable(SessionFlashMapManager::new);
    }

    @Override
    public int getOrder() {
        return SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !PATH.matcher(path(request)).matches()
                || !multipartResolver.isMultipart(request);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            multipartResolver.resolveMultipart(request);
        } catch (MaxUploadSizeExceededException tooLarge) {
            Matcher matcher = PATH.matcher(path(request));
            matcher.matches();
            String page = request.getContextPath() + "/engagements/" + matcher.group(1);
            FlashMap flash = new FlashMap();
            flash.put("flashError", "engagement.deliverable.tooLarge");
            flash.setTargetRequestPath(page);
            flashMapManager.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(page);
            return;
        }
        chain.doFilter(request, response);
    }
}
