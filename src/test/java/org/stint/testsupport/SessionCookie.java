package org.stint.testsupport;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import java.util.List;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session for MockMvc: sessions are Spring Session's, found by the {@code SESSION}
 * cookie, so MockMvc's own session object is not the request's. Send with
 * {@code .with(session)} and keep what the answer set with {@code .andDo(session)}.
 */
public final class SessionCookie implements RequestPostProcessor, ResultHandler {

    private Cookie current;

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (current != null) {
            List<Cookie> cookies = new ArrayList<>();
            if (request.getCookies() != null) {
                cookies.addAll(List.of(request.getCookies()));
            }
            cookies.add(current);
            request.setCookies(cookies.toArray(Cookie[]::new));
        }
        return request;
    }

    @Override
    public void handle(MvcResult result) {
        Cookie set = result.getResponse().getCookie("SESSION");
        if (set != null) {
            current = set.getMaxAge() == 0 ? null : set;
        }
    }
}
