package org.voisinage.account;

import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;

/**
 * Deleting an account, by its owner (their password confirms it) or by staff on the person's request (audited):
 * the account is emptied and every module erases its part ({@link ResidentErased}); what the person wrote to others
 * stays, signed "former neighbour"; the cooperative's member register is not touched.
 */
@Service
public class AccountErasure {

    static final String STAFF_ONLY_BY_ADMIN = "account.erase.adminOnly";
    static final String NOT_YOURSELF = "account.erase.notYourself";

    private final ResidentRepository residents;
    private final AccountTokenRepository tokens;
    private final AccountSettings settings;
    private final SignedInSessions sessions;
    private final DataExports exports;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountErasure(ResidentRepository residents, AccountTokenRepository tokens, AccountSettings settings,
            SignedInSessions sessions, DataExports exports, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, Clock clock) {
        this.residents = residents;
        this.tokens = tokens;
        this.settings = settings;
        this.sessions = sessions;
        this.exports = exports;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The person deletes their own account.
     *
     * @throws Refusal invalid on "currentPassword" when the password is not theirs
     */
    @Transactional
    public void eraseOwn(long residentId, String password) {
        Resident resident = resident(residentId);
        if (!settings.passwordMatches(resident, password)) {
            throw Refusal.invalid("currentPassword", AccountSettings.WRONG_PASSWORD);
        }
        erase(resident, null, null);
    }

    /**
     * Staff delete an account on the person's request; a staff or admin account only by an admin, never one's own
     * here (the account page does that).
     *
     * @throws Refusal forbidden, with the reason as a message key
     */
    @Transactional
    public void eraseOnRequest(long residentId, CurrentUser staff, String reason) {
        Resident resident = resident(residentId);
        if (resident.isErased()) {
            return;
        }
        if (residentId == staff.id()) {
            throw Refusal.forbidden(NOT_YOURSELF);
        }
        if ((resident.getRole() == Role.STAFF || resident.getRole() == Role.ADMIN) && staff.role() != Role.ADMIN) {
            throw Refusal.forbidden(STAFF_ONLY_BY_ADMIN);
        }
        erase(resident, staff.id(), reason);
    }

    private void erase(Resident resident, Long by, String reason) {
        // the sessions are found by the address signed in with: ended before it goes
        sessions.endAll(resident.getId());
        tokens.deleteAllByResidentId(resident.getId());
        exports.forget(resident.getId());
        resident.erase(clock.instant(), passwordEncoder.encode(AccountToken.randomValue()));
        events.publishEvent(new ResidentErased(resident.getId(), by, reason));
    }

    private Resident resident(long id) {
        return residents.findById(id).orElseThrow(() -> new NotFoundException("resident", id));
    }
}
