package org.stint.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriComponentsBuilder;
import org.stint.system.demo.DemoData;
import org.stint.testsupport.AppTestSupport;

/**
 * Every route the application maps, found in Spring's handler mappings so that a new route is
 * covered without editing this test, is sent a hostile corpus in every path variable, request
 * parameter and form field, as an anonymous visitor and as each kind of account. Any 5xx fails.
 */
class HostileInputTests extends AppTestSupport {

    private static final List<String> CORPUS = List.of(
            "a\u0000b",
            "x".repeat(10_000),
            "' or 1=1 --",
            "<script>alert(1)</script>\"'&",
            "-1",
            "99999999999999999999999",
            "2025-13-45",
            "NaN",
            "%",
            "\uFFFD\uD800");

    private static final List<String> PRINCIPALS =
            List.of("", DemoData.DEMO_STUDENT, DemoData.DEMO_EMPLOYER, DemoData.DEMO_STAFF, DemoData.DEMO_ADMIN);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** Field and link parameter names the templates send: {@code name="…"}, {@code th:field="*{…}"}, {@code @{…(name=…)}}. */
    private static final Set<String> TEMPLATE_NAMES = templateNames();

    private static Set<String> templateNames() {
        Pattern name =
                Pattern.compile("name=\"([a-zA-Z][\\w.]*)\"|th:field=\"\\*\\{([\\w.]+)}\"|[(,]\\s*([a-zA-Z]\\w*)=\\$");
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = name.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /**
     * The names a handler reads from the request: request parameters and form-object fields; for a
     * handler that takes the whole query as a map, every name the templates send.
     */
    private static Set<String> parameterNames(HandlerMethod handler) {
        Set<String> names = new LinkedHashSet<>();
        for (Parameter parameter : handler.getMethod().getParameters()) {
            RequestParam param = parameter.getAnnotation(RequestParam.class);
            if (param != null && Map.class.isAssignableFrom(parameter.getType())) {
                names.addAll(TEMPLATE_NAMES);
            } else if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : param.value();
                names.add(name.isEmpty() ? parameter.getName() : name);
            } else if (parameter.getAnnotation(ModelAttribute.class) != null
                    || !BeanUtils.isSimpleProperty(parameter.getType())
                            && parameter.getType().getPackageName().startsWith("org.stint")) {
                Class<?> type = parameter.getType();
                if (type.isRecord()) {
                    for (RecordComponent component : type.getRecordComponents()) {
                        names.add(component.getName());
                    }
                } else {
                    for (var property : BeanUtils.getPropertyDescriptors(type)) {
                        if (property.getWriteMethod() != null) {
                            names.add(property.getName());
                        }
                    }
                }
            }
        }
        return names;
    }

    private record Route(HttpMethod method, String pattern, Set<String> parameters) {}

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (!entry.getValue().getBeanType().getPackageName().startsWith("org.stint")) {
                continue;
            }
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(method.asHttpMethod(), pattern, parameterNames(entry.getValue())));
                }
            }
        }
        return routes;
    }

    /** The pattern with every path variable set to the value (encoded), or to "1" when the value is too long for a path. */
    private static URI path(String pattern, String value) {
        String segment = value.length() > 1000 ? "1" : value;
        UriComponentsBuilder template =
                UriComponentsBuilder.fromPath(pattern.replaceAll("\\{([^}:]+)(:[^}]*)?}", "{$1}"));
        Map<String, String> variables = new HashMap<>();
        Matcher names = Pattern.compile("\\{([^}:]+)").matcher(pattern);
        while (names.find()) {
            variables.put(names.group(1), segment);
        }
        return template.buildAndExpand(variables).encode().toUri();
    }

    private MockHttpServletRequestBuilder as(String principal, Route route, MockHttpServletRequestBuilder request) {
        if (route.method() != HttpMethod.GET) {
            request = request.with(csrf());
        }
        return principal.isEmpty() ? request : request.with(as(principal));
    }

    private void assertAnswered(
            MockHttpServletRequestBuilder request, Route route, String principal, String field, String value)
            throws Exception {
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        assertThat(status)
                .as(
                        "%s %s as %s, %s = %s",
                        route.method(),
                        route.pattern(),
                        principal.isEmpty() ? "anonymous" : principal,
                        field,
                        value.length() > 40 ? value.substring(0, 40) + "…" : value)
                .isLessThan(500);
    }

    @TestFactory
    Stream<DynamicTest> noHostileInputCausesAServerError() {
        List<Route> routes = routes();
        assertThat(routes).hasSizeGreaterThan(50);
        return routes.stream()
                .map(route -> DynamicTest.dynamicTest(route.method() + " " + route.pattern(), () -> {
                    for (String principal : PRINCIPALS) {
                        for (String value : CORPUS) {
                            MockHttpServletRequestBuilder request =
                                    request(route.method(), path(route.pattern(), value));
                            for (String name : route.parameters()) {
                                request = request.param(name, value);
                            }
                            if (route.method() != HttpMethod.GET) {
                                request = request.with(csrf());
                            }
                            if (!principal.isEmpty()) {
                                request = request.with(as(principal));
                            }
                            int status = mvc.perform(request)
                                    .andReturn()
                                    .getResponse()
                                    .getStatus();
                            assertThat(status)
                                    .as(
                                            "%s %s as %s with %s",
                                            route.method(),
                                            route.pattern(),
                                            principal.isEmpty() ? "anonymous" : principal,
                                            value.length() > 40 ? value.substring(0, 40) + "…" : value)
                                    .isLessThan(500);
                        }
                    }
                }));
    }
}
