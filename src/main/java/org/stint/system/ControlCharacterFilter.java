package org.stint.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Input hygiene in one place: a request whose path or any parameter or form field holds a control
 * character (NUL and the other C0 and C1 controls, except tab, line feed and carriage return, which
 * text areas send) is refused with 400 before any controller or query sees it. PostgreSQL refuses
 * NUL in text, and no field of Stint has a use for the others. Runs right after the character
 * encoding filter, so fields are read as UTF-8. A multipart upload above the request limit is
 * left alone: reading its fields here would answer 413, where the form explains the limit instead,
 * and nothing of it is saved.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ControlCharacterFilter extends OncePerRequestFilter {

    private final long multipartLimit;

    ControlCharacterFilter(@Value("${spring.servlet.multipart.max-request-size}") DataSize multipartLimit) {
        this.multipartLimit = multipartLimit.toBytes();
    }

    static boolean hasControlCharacter(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasControlCharacter(request.getRequestURI()) || hasControlCharacter(request.getServletPath())) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "control character in the address");
            return;
        }
        String type = request.getContentType();
        if (type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && (request.getContentLengthLong() < 0 || request.getContentLengthLong() > multipartLimit)) {
            chain.doFilter(request, response);
            return;
        }
        for (var parameter : request.getParameterMap().entrySet()) {
            if (hasControlCharacter(parameter.getKey())) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "control character in a field name");
                return;
            }
            for (String value : parameter.getValue()) {
                if (value != null && hasControlCharacter(value)) {
                    response.sendError(HttpServletResponse.SC_BAD_REQUEST, "control character in a field");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
