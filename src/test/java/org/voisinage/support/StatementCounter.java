package org.voisinage.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.voisinage.config.StatementCounting;

/**
 * Counts the SQL statements prepared on the current thread, to prove a page runs a fixed number of them whatever
 * the number of items. A test configuration installs it with {@code @Bean static BeanPostProcessor
 * countingDataSource() { return StatementCounter.installer(); }}, or a test imports {@link Installation}.
 * Counted at the JDBC level, it sees every statement: Hibernate's, and {@code JdbcClient}'s that Hibernate's
 * statistics miss.
 */
public final class StatementCounter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);
    /** Kept only on the threads of tests that {@link #reset()} (the application's background jobs keep none). */
    private static final ThreadLocal<java.util.List<String>> SQL = new ThreadLocal<>();

    private StatementCounter() {}

    public static void reset() {
        COUNT.get()[0] = 0;
        SQL.set(new java.util.ArrayList<>());
    }

    public static int count() {
        return COUNT.get()[0];
    }

    /** The SQL of the statements prepared on the current thread since {@link #reset()}, in order. */
    public static java.util.List<String> statements() {
        return SQL.get() == null ? java.util.List.of() : java.util.List.copyOf(SQL.get());
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
        return StatementCounting.installer(prepared -> {
            COUNT.get()[0]++;
            if (SQL.get() != null && prepared != null && prepared.length > 0 && prepared[0] instanceof String sql) {
                SQL.get().add(sql);
            }
            if (Boolean.getBoolean("statements.print") && prepared != null && prepared.length > 0) {
                System.out.println("STMT " + prepared[0]);
            }
        });
    }
}
