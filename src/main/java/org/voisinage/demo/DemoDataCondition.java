package org.voisinage.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Demo data, whose administrator's password is published, only where nobody can mistake it for real data:
 * {@code voisinage.demo.enabled} decides when it is set; unset, only the embedded database gets it (no
 * {@code spring.datasource.url}, the README's first command), never a database given from outside.
 */
class DemoDataCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String enabled = context.getEnvironment().getProperty("voisinage.demo.enabled");
        if (StringUtils.hasText(enabled)) {
            return Boolean.parseBoolean(enabled.strip());
        }
        return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
    }
}
