package org.voisinage.account;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.common.NotFoundException;
import org.voisinage.common.Refusal;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;

/**
 * What a resident changes on their account page: name and language, password (the current one required; their
 * other sessions end), email address (the new one confirmed by a link sent to it; the old one told).
 */
@Service
public class AccountSettings {

    static final String WRONG_PASSWORD = "account.settings.password.wrong";
    static final String EMAIL_TAKEN = "account.settings.email.taken";
    static final String EMAIL_UNCHANGED = "account.settings.email.unchanged";

    private final ResidentRepository residents;
    private final AccountLinks links;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Outbox outbox;
    private final ApplicationEventPublisher events;

    AccountSettings(ResidentRepository residents, AccountLinks links, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, Outbox outbox, ApplicationEventPublisher events) {
        this.residents = residents;
        this.links = links;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.outbox = outbox;
        this.events = events;
    }

    @Transactional
    public void rename(long residentId, String displayName, Language language) {
        resident(residentId).rename(displayName, language.locale());
    }

    /**
     * Sets a new password when the current one is right; every other session of the person ends once committed.
     *
     * @throws Refusal invalid, on the field concerned, for a wrong current password or a weak new one
     */
    @Transactional
    public void changePassword(long residentId, String currentPassword, String newPassword, String keptSessionId) {
        Resident resident = resident(residentId);
        checkPassword(resident, currentPassword);
        passwordPolicy.problem(newPassword).ifPresent(code -> {
            throw Refusal.invalid("password", code);
        });
        resident.changePassword(passwordEncoder.encode(newPassword));
        events.publishEvent(new ResidentPasswordChanged(residentId, keptSessionId));
    }

    /**
     * Emails a link to the new address; nothing changes until it is used (so a typing error locks no one out).
     *
     * @throws Refusal invalid on the field concerned: wrong password, the same address, an address already used
     */
    @Transactional
    public void requestEmailChange(long residentId, String newEmail, String currentPassword) {
        Resident resident = resident(residentId);
        checkPassword(resident, currentPassword);
        String address = Resident.normaliseEmail(newEmail);
        if (address.equals(resident.getEmail())) {
            throw Refusal.invalid("email", EMAIL_UNCHANGED);
        }
        if (residents.existsByEmail(address)) {
            throw Refusal.invalid("email", EMAIL_TAKEN);
        }
        links.send(resident, TokenPurpose.EMAIL_CHANGE, address);
    }

    /** Whether the link can still be used, without using it (the page asks for a click). */
    @Transactional(readOnly = true)
    public boolean isEmailChangeUsable(String token) {
        return links.isUsable(token, TokenPurpose.EMAIL_CHANGE);
    }

    /**
     * Makes the new address the account's; the old one is told (whoever changed it without the person knowing is
     * then found out), and the sessions signed in with the old one end. False for an unknown, used or expired link,
     * or an address taken since (the link is then used up: the person asks again).
     */
    @Transactional
    public boolean confirmEmailChange(String token) {
        Optional<AccountToken> link = links.take(token, TokenPurpose.EMAIL_CHANGE);
        if (link.isEmpty() || residents.existsByEmail(link.get().getNewEmail())) {
            return false;
        }
        Resident resident = resident(link.get().getResidentId());
        String oldEmail = resident.getEmail();
        resident.changeEmail(link.get().getNewEmail());
        outbox.queue(Email.to(oldEmail, resident.getLocale(), "account/email/email-changed",
                        "account.email.changed.subject")
                .with("name", resident.getDisplayName())
                .with("newEmail", resident.getEmail()));
        events.publishEvent(new ResidentEmailChanged(resident.getId(), oldEmail));
        return true;
    }

    /** Whether the password is the person's (deleting an account asks for it too). */
    boolean passwordMatches(Resident resident, String password) {
        return password != null && !password.isEmpty() && password.length() <= PasswordPolicy.MAX_LENGTH * 4
                && passwordEncoder.matches(password, resident.getPasswordHash());
    }

    private void checkPassword(Resident resident, String password) {
        if (!passwordMatches(resident, password)) {
            throw Refusal.invalid("currentPassword", WRONG_PASSWORD);
        }
    }

    private Resident resident(long id) {
        return residents.findById(id).orElseThrow(() -> new NotFoundException("resident", id));
    }
}
