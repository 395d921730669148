package org.stint.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * When PostgreSQL cannot be reached, or every pooled connection stays busy for the pool's timeout
 * ({@code spring.datasource.hikari.connection-timeout}), people get the "busy" page with HTTP 503
 * and a {@code Retry-After}, not a generic error: nothing is wrong with what they asked, and
 * nothing they saved is lost. The advice answers for controllers; the error view resolver for
 * failures in filters (sign-in, sessions).
 */
final class DatabaseUnavailable {

    static final String VIEW = "error/503";

    static final String RETRY_AFTER_SECONDS = "5";

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private DatabaseUnavailable() {}

    /** Whether this failure, or one of its causes, is the database being out of reach or out of connections. */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException) {
                return true;
            }
            // SQL state class 08: connection exception; 57P01..57P03: the server is shutting down or starting
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    @ControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Advice {

        @ExceptionHandler({
            CannotGetJdbcConnectionException.class,
            CannotCreateTransactionException.class,
            DataAccessResourceFailureException.class
        })
        ModelAndView busy(RuntimeException failure, HttpServletResponse response) throws RuntimeException {
            if (!causedBy(failure)) {
                throw failure;
            }
            log.warn("Database unavailable: {}", failure.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            // the layout's model attributes are not added to an exception handler's view
            return new ModelAndView(VIEW, Map.of("viewer", Viewer.current()), HttpStatus.SERVICE_UNAVAILABLE);
        }
    }

    /** Boot's error views (error/404, error/5xx...), and the busy page for a database failure. */
    @Component
    static class Errors extends DefaultErrorViewResolver {

        Errors(ApplicationContext context, WebProperties web) {
            super(context, web.getResources());
        }

        @Override
        public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
            Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            if (failure instanceof Throwable t && causedBy(t)) {
                return new ModelAndView(VIEW, model, HttpStatus.SERVICE_UNAVAILABLE);
            }
            return super.resolveErrorView(request, status, model);
        }
    }
}
