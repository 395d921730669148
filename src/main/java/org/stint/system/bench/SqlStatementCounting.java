package org.stint.system.bench;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * For the benchmark only ({@code stint.bench.count-sql=true}): every JDBC statement the
 * application runs, through JPA or JdbcClient alike, is counted per request and reported in the
 * {@value #HEADER} response header, for a request that asks with {@value #REQUEST_HEADER}. Such a
 * response is buffered so that the header can follow the body's rendering; buffering copies every
 * write the template engine makes, which costs a results page about a quarter of its CPU time, so
 * the requests the benchmark times do not ask, and neither is this on in normal use. Statements on
 * the session tables are reported apart ({@value #SESSION_HEADER}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "stint.bench.count-sql", havingValue = "true")
class SqlStatementCounting {

    static final String HEADER = "X-Stint-Sql-Statements";

    static final String REQUEST_HEADER = "X-Stint-Count-Sql";

    /**
     * The statements on the session tables (Spring Session: reading the signed-in session, writing
     * its last-access time), counted apart from the page's own.
     */
    static final String SESSION_HEADER = "X-Stint-Session-Sql-Statements";

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    /** Wraps the DataSource so that each executed statement (or batch) adds one. */
    @Bean
    static BeanPostProcessor sqlCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(dataSource)
                            .name("sql-counting")
                            .afterQuery((execution, queries) -> {
                                int[] count = COUNT.get();
                                if (count != null) {
                                    boolean session = queries.stream()
                                            .anyMatch(query -> query.getQuery()
                                                    .toUpperCase(java.util.Locale.ROOT)
                                                    .contains("SPRING_SESSION"));
                                    count[session ? 1 : 0]++;
                                }
                            })
                            .build();
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sqlCountingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws ServletException, IOException {
                        if (request.getHeader(REQUEST_HEADER) == null) {
                            chain.doFilter(request, response);
                            return;
                        }
                        int[] count = {0, 0};
                        COUNT.set(count);
                        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
                        try {
                            chain.doFilter(request, buffered);
                        } finally {
                            COUNT.remove();
                            if (!buffered.isCommitted()) {
                                buffered.setHeader(HEADER, Integer.toString(count[0]));
                                buffered.setHeader(SESSION_HEADER, Integer.toString(count[1]));
                            }
                            buffered.copyBodyToResponse();
                        }
                    }
                });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
