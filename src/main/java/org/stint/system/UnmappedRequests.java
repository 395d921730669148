package org.stint.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Requests that no handler of the application would serve: no controller, endpoint or static
 * folder maps their path. Letting them through the URL rules lets the dispatcher answer 404 (a
 * mistyped address is "not found", not "belongs to another kind of account"), while every real
 * route stays behind its rule or the final deny. A path that exists with another method, or any
 * doubt (the introspector fails), counts as mapped, so it stays denied.
 */
final class UnmappedRequests implements RequestMatcher {

    private final HandlerMappingIntrospector handlers;

    UnmappedRequests(HandlerMappingIntrospector handlers) {
        this.handlers = handlers;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        try {
            return handlers.getMatchableHandlerMapping(request) == null;
        } catch (Exception mappedOtherwiseOrUnknown) {
            return false;
        }
    }
}
