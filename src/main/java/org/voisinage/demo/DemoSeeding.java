package org.voisinage.demo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * A bean of the demo seeding: it exists only where the demo may be seeded ({@link DemoDataCondition}), never in
 * prod, so no seeding part is left lying in a real instance.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Component
@Profile("!prod")
@Conditional(DemoDataCondition.class)
@interface DemoSeeding {
}
