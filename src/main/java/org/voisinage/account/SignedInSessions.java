package org.voisinage.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The sessions of signed-in people (the security configuration registers every sign-in here), so a sanction
 * ends all of a resident's sessions at once.
 */
@Configuration(proxyBeanMethods = false)
public class SignedInSessions {

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /** Tells the registry when sessions end, so it does not keep them forever. */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Configuration(proxyBeanMethods = false)
    static class Expiry {

        private final SessionRegistry registry;

        Expiry(SessionRegistry registry) {
            this.registry = registry;
        }

        /** Once the sanction is committed, every session of the resident ends at its next request. */
        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
        void on(ResidentSanctioned sanctioned) {
            endAll(sanctioned.residentId());
        }

        int endAll(long residentId) {
            int ended = 0;
            for (Object principal : registry.getAllPrincipals()) {
                if (principal instanceof CurrentUser user && user.id() == residentId) {
                    for (SessionInformation session : registry.getAllSessions(principal, false)) {
                        session.expireNow();
                        ended++;
                    }
                }
            }
            return ended;
        }
    }
}
