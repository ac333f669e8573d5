package org.voisinage.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh production install has nobody to sign in as: with VOISINAGE_BOOTSTRAP_ADMIN_EMAIL and
 * VOISINAGE_BOOTSTRAP_ADMIN_PASSWORD set, the first start creates that administrator, once. Two instances starting
 * together on an empty database would both find nobody and both create: the check and the creation run under a ShedLock
 * lock, and the instance that finds it taken leaves the work to the other one.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Signups signups;
    private final PasswordPolicy passwordPolicy;
    private final String email;
    private final String password;
    private final LockingTaskExecutor locks;

    AdminBootstrap(Signups signups, PasswordPolicy passwordPolicy,
            BootstrapAdminProperties admin, LockingTaskExecutor locks) {
        this.locks = locks;
        this.signups = signups;
        this.passwordPolicy = passwordPolicy;
        this.email = admin.email();
        this.password = admin.password();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (email.isBlank()) {
            return;
        }
        locks.executeWithLock((Runnable) this::createUnlessPresent,
                new LockConfiguration(Instant.now(), "first-administrator", Duration.ofMinutes(1), Duration.ZERO));
    }

    private void createUnlessPresent() {
        if (signups.hasAdministrator()) {
            return;
        }
        var problem = passwordPolicy.problem(password);
        if (problem.isPresent()) {
            log.error("Not creating the first administrator {}: the password breaks the rule {}", email, problem.get());
            return;
        }
        signups.createAccount(new NewAccount(email, "Admin", password, Role.ADMIN, Locale.FRENCH, null, true, Set.of()));
        log.info("Created the first administrator {}", email);
    }
}
