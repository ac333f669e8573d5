package org.voisinage.common;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data (an administrator whose password is published). Read here by pages that mention the demo (the sign-in
 * page gives its accounts); whether demo data is seeded is the demo module's condition, which reads the same
 * property before any bean exists.
 *
 * @param enabled true: demo data is seeded, on any database (never in prod); false: never; unset: only on the
 *        embedded database, and pages do not mention it
 */
@ConfigurationProperties("voisinage.demo")
public record DemoProperties(Boolean enabled) {

    /** Whether demo data was asked for explicitly, so pages may mention it. */
    public boolean announced() {
        return Boolean.TRUE.equals(enabled);
    }
}
