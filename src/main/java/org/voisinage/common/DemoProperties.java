package org.voisinage.common;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data (an administrator whose password is published). Read here by pages that mention the demo (the sign-in
 * page gives its accounts); whether demo data is seeded is the demo module's condition, which reads the same
 * property before any bean exists.
 *
 * @param enabled true: demo data is seeded, on any database (never in prod); false: never; unset: only on the
 *        embedded database, and pages do not mention it
 * @param scale how many synthetic residents (with their posts, conversations, events...) the demo adds for load
 *        tests, e.g. {@code --voisinage.demo.scale=50000}; 0, the default: the small demo only
 */
@ConfigurationProperties("voisinage.demo")
public record DemoProperties(Boolean enabled, @DefaultValue("0") int scale) {

    /** Whether demo data was asked for explicitly, so pages may mention it. */
    public boolean announced() {
        return Boolean.TRUE.equals(enabled);
    }
}
