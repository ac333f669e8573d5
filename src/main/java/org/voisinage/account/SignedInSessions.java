package org.voisinage.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The sessions of signed-in people, kept in PostgreSQL by Spring Session (indexed by the email signed in with),
 * so every instance reads the same ones. A sanction, a new password or a new role deletes all of the person's
 * sessions from the store once the change is committed: their next request, on any instance, is anonymous.
 */
@Component
public class SignedInSessions {

    private static final Logger log = LoggerFactory.getLogger(SignedInSessions.class);

    private final FindByIndexNameSessionRepository<? extends Session> sessions;
    private final ResidentRepository residents;

    SignedInSessions(FindByIndexNameSessionRepository<? extends Session> sessions, ResidentRepository residents) {
        this.sessions = sessions;
        this.residents = residents;
    }

    /** The ids of the person's sessions in the store. */
    public Set<String> of(long residentId) {
        return residents.findById(residentId)
                .map(resident -> sessions.findByPrincipalName(resident.getEmail()).keySet())
                .orElse(Set.of());
    }

    /** Deletes every session of the person, on every instance; the number deleted. */
    public int endAll(long residentId) {
        return endAllBut(residentId, null);
    }

    /** Deletes every session of the person but {@code keptSessionId} (null: none kept); the number deleted. */
    public int endAllBut(long residentId, String keptSessionId) {
        Set<String> ids = new java.util.HashSet<>(of(residentId));
        if (keptSessionId != null) {
            ids.remove(keptSessionId);
        }
        delete(ids);
        if (!ids.isEmpty()) {
            log.info("Ended {} session(s) of resident {}", ids.size(), residentId);
        }
        return ids.size();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ResidentSanctioned sanctioned) {
        endAll(sanctioned.residentId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ResidentPasswordChanged changed) {
        endAllBut(changed.residentId(), changed.keptSessionId());
    }

    /** Sessions are indexed by the address signed in with: the old one, once the new one is confirmed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ResidentEmailChanged changed) {
        delete(sessions.findByPrincipalName(changed.oldEmail()).keySet());
    }

    private void delete(Set<String> ids) {
        HttpSession current = currentSession();
        for (String id : ids) {
            if (current != null && id.equals(current.getId())) {
                // the request under way belongs to this person (a reset while signed in): invalidating deletes it
                // from the store and keeps the end of the request from writing it back
                current.invalidate();
            } else {
                sessions.deleteById(id);
            }
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ResidentRoleChanged changed) {
        endAll(changed.residentId());
    }

    private static HttpSession currentSession() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getSession(false);
        }
        return null;
    }
}
