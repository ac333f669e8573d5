package org.voisinage.common;

import java.time.Duration;
import java.util.function.Function;

/**
 * One module's rows kept only for a while: the module declares the rule as a bean, next to the table it owns, and
 * {@link RetentionDeletes} applies every rule each night.
 *
 * @param what the rows, as the log line names them ("topic activities")
 * @param table the module's own table (a constant, never text from a request), with an {@code id} primary key
 * @param condition the rows past their period, each {@code ?} standing for the moment the period ago
 * @param period the period, read from {@code voisinage.retention.*}
 */
public record RetentionRule(String what, String table, String condition,
        Function<RetentionProperties, Duration> period) {}
