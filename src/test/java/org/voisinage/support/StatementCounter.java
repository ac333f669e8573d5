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
        return StatementCounting.installer(prepared -> {
            COUNT.get()[0]++;
            if (Boolean.getBoolean("statements.print") && prepared != null && prepared.length > 0) {
                System.out.println("STMT " + prepared[0]);
            }
        });
    }
}
