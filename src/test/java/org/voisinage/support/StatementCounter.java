package org.voisinage.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements prepared on the current thread, to prove a page runs a fixed number of them whatever
 * the number of items. A test configuration installs it with {@code @Bean static BeanPostProcessor
 * countingDataSource() { return StatementCounter.installer(); }}, or a test imports {@link Installation}.
 * Counted at the JDBC level, it sees every statement: Hibernate's, and {@code JdbcClient}'s that Hibernate's
 * statistics miss.
 */
public final class StatementCounter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);

    private StatementCounter() {}

    public static void reset() {
        COUNT.get()[0] = 0;
    }

    public static int count() {
        return COUNT.get()[0];
    }

    /** {@code @Import(StatementCounter.Installation.class)}: the application's DataSource counts its statements. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Installation {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return installer();
        }
    }

    /** Wraps the application's DataSource so that its connections count what they prepare. */
    public static BeanPostProcessor installer() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
                    return new DelegatingDataSource(dataSource) {
                        @Override
                        public Connection getConnection() throws SQLException {
                            return counting(super.getConnection());
                        }
                    };
                }
                return bean;
            }
        };
    }

    static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                            || method.getName().equals("prepareCall")) {
                        COUNT.get()[0]++;
                        if (Boolean.getBoolean("statements.print") && args != null && args.length > 0) {
                            System.out.println("STMT " + args[0]);
                        }
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
