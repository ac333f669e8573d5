package org.voisinage.config;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Wraps the application's DataSource so that its connections report each statement they prepare (with the
 * arguments of the prepare call: the SQL): the benchmark's X-Statements header and the tests' statement counts.
 * Counted at the JDBC level, it sees every statement: Hibernate's, and JdbcClient's that Hibernate's statistics miss.
 */
public final class StatementCounting {

    private StatementCounting() {}

    public static BeanPostProcessor installer(Consumer<Object[]> onStatement) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && beanName.equals("dataSource")) {
                    return new DelegatingDataSource(dataSource) {
                        @Override
                        public Connection getConnection() throws SQLException {
                            return counting(super.getConnection(), onStatement);
                        }
                    };
                }
                return bean;
            }
        };
    }

    private static Connection counting(Connection connection, Consumer<Object[]> onStatement) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                        onStatement.accept(args);
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
