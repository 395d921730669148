package org.stint.student;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
 * A CV above the multipart limits (spring.servlet.multipart.*) must come back as the profile page
 * with a message, not as an error page. Tomcat 11 fails such a request as soon as anything reads a
 * parameter, and Spring Security's CSRF filter does that first; so, for the CV upload only, this
 * filter parses the upload just before Spring Security and turns "too large" into a redirect with
 * the message. Nothing changes on that path, so it needs no CSRF check; a successful parse is
 * cached by the container and the request goes on through security (CSRF token included) as usual.
 */
@Component
class CvUploadLimitFilter extends OncePerRequestFilter implements Ordered {

    static final String PATH = "/profile/cv";

    private final MultipartResolver multipartResolver;

    private final FlashMapManager flashMapManager;

    /** The application's resolver and flash store when present (web slices may have neither). */
    CvUploadLimitFilter(
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
                || !request.getRequestURI().equals(request.getContextPath() + PATH)
                || !multipartResolver.isMultipart(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            multipartResolver.resolveMultipart(request);
        } catch (MaxUploadSizeExceededException tooLarge) {
            String profile = request.getContextPath() + "/profile";
            FlashMap flash = new FlashMap();
            flash.put(
                    StudentProfileController.CV_ERROR,
                    StudentProfileController.messageKey(CvRejectedException.Reason.TOO_LARGE));
            flash.setTargetRequestPath(profile);
            flashMapManager.saveOutputFlashMap(flash, request, response);
            response.sendRedirect(profile);
            return;
        }
        chain.doFilter(request, response);
    }
}
