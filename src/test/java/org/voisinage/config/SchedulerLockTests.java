package org.voisinage.config;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Several instances schedule the same jobs: a job without a ShedLock lock runs on each of them (a digest built
 * twice, reminders sent twice). Read from the compiled classes, so a new job cannot forget it.
 */
class SchedulerLockTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.voisinage");

    @Test
    void everyScheduledJobTakesItsLockInTheDatabase() {
        methods().that().areAnnotatedWith(Scheduled.class)
                .should().beAnnotatedWith(SchedulerLock.class)
                .because("each job runs once per period across instances (issue 13)")
                .check(MAIN);
    }
}
