package org.stint.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Every test context's DataSource, watched: a thread answering a request that asks for a second
 * pooled connection while it still holds one fails at once. That is how a pool deadlocks under
 * load (every connection held by a request waiting for another), so no test may pass while a
 * page does it. The violations stay listed for tests that look for them.
 */
public final class OneConnectionPerRequest implements BeanPostProcessor {

    private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);

    private static final List<String> VIOLATIONS = new CopyOnWriteArrayList<>();

    /** What asked for a second connection, since the JVM started. */
    public static List<String> violations() {
        return List.copyOf(VIOLATIONS);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Watched)) {
            return new Watched(dataSource);
        }
        return bean;
    }

    private static final class Watched extends DelegatingDataSource {

        Watched(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return watch(() -> super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return watch(() -> super.getConnection(username, password));
        }

        private Connection watch(ConnectionSource source) throws SQLException {
            int[] held = HELD.get();
            if (held[0] > 0 && RequestContextHolder.getRequestAttributes() != null) {
                IllegalStateException failure =
                        new IllegalStateException("A request asked for a second pooled connection while holding one");
                VIOLATIONS.add(Thread.currentThread().getName() + ": " + stack(failure));
                throw failure;
            }
            Connection connection = source.get();
            held[0]++;
            return (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, new Released(connection));
        }
    }

    private interface ConnectionSource {
        Connection get() throws SQLException;
    }

    /** Counts the connection as released when it is closed (handed back to the pool), once. */
    private static final class Released implements InvocationHandler {

        private final Connection target;

        private boolean closed;

        Released(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    break;
            }
            if (method.getName().equals("close") && !closed) {
                closed = true;
                HELD.get()[0]--;
            }
            if (method.getName().equals("unwrap") && args[0] instanceof Class<?> type && type.isInstance(target)) {
                return target;
            }
            try {
                return method.invoke(target, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    private static String stack(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (StackTraceElement element : failure.getStackTrace()) {
            if (element.getClassName().startsWith("org.stint")) {
                text.append("\n  at ").append(element);
            }
        }
        return text.toString();
    }
}
