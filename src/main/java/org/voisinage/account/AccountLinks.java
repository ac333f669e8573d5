package org.voisinage.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.voisinage.common.SiteProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;

/** The emailed links of an account: confirming the email address and resetting a forgotten password. */
@Service
public class AccountLinks {

    private final ResidentRepository residents;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final Outbox outbox;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final String baseUrl;

    AccountLinks(ResidentRepository residents, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
            Outbox outbox, Clock clock, ApplicationEventPublisher events, SiteProperties site) {
        this.residents = residents;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.outbox = outbox;
        this.clock = clock;
        this.events = events;
        this.baseUrl = site.baseUrl();
    }

    /** Whether the link can still be used, without using it (the page shows a button to confirm). */
    @Transactional(readOnly = true)
    public boolean isUsable(String token, boolean reset) {
        return isUsable(token, purpose(reset));
    }

    @Transactional(readOnly = true)
    boolean isUsable(String token, TokenPurpose purpose) {
        return token != null && token.length() <= 100
                && tokens.readByTokenHashAndPurpose(AccountToken.hash(token), purpose)
                        .filter(t -> t.usableAt(clock.instant())).isPresent();
    }

    /** Confirms the email address; the id of the resident, or empty for an unknown, used or expired link. */
    @Transactional
    public Optional<Long> confirmEmail(String token) {
        return use(token, TokenPurpose.EMAIL_CONFIRMATION).map(resident -> {
            confirm(resident);
            return resident.getId();
        });
    }

    @Transactional
    public void resendConfirmation(long residentId) {
        residents.findById(residentId).filter(r -> r.getEmailConfirmedAt() == null)
                .ifPresent(r -> send(r, TokenPurpose.EMAIL_CONFIRMATION));
    }

    /**
     * Emails a reset link when the address has an account, and otherwise a note that it has none: one email queued
     * either way (the same answer, and the same kind of work, so its timing tells little about the address).
     */
    @Transactional
    public void requestPasswordReset(String email, java.util.Locale locale) {
        String address = Resident.normaliseEmail(email);
        Optional<Resident> resident = residents.findByEmail(address);
        if (resident.isPresent()) {
            send(resident.get(), TokenPurpose.PASSWORD_RESET);
            return;
        }
        outbox.queue(Email.to(address, locale, "account/email/no-account", "account.email.noAccount.subject")
                .with("signUpUrl", baseUrl + "/signup"));
    }

    /** Emails a new link of this purpose; the previous unused ones stop working. */
    @Transactional
    void send(Resident resident, TokenPurpose purpose) {
        send(resident, purpose, null);
    }

    /** The same; for a change of address ({@code newEmail} not null), the link goes to the new address. */
    @Transactional
    void send(Resident resident, TokenPurpose purpose, String newEmail) {
        Instant now = clock.instant();
        tokens.retireAll(resident.getId(), purpose, now);
        AccountToken.Issued issued = newEmail == null ? AccountToken.issue(resident.getId(), purpose, now)
                : AccountToken.issueForNewEmail(resident.getId(), purpose, newEmail, now);
        tokens.save(issued.token());
        String recipient = newEmail == null ? resident.getEmail() : newEmail;
        outbox.queue(Email.to(recipient, resident.getLocale(), purpose.emailTemplate, purpose.subjectKey)
                .with("name", resident.getDisplayName())
                .with("link", baseUrl + purpose.path + "?token=" + issued.value())
                .secret(issued.value()));
    }

    /**
     * Sets the new password; false for an unknown, used or expired link. A reset also confirms the email, and ends
     * every session of the account (whoever knew the old password is signed out; remember-me cookies, signed with
     * the old hash, stop working).
     */
    @Transactional
    public boolean resetPassword(String token, String newPassword) {
        return use(token, TokenPurpose.PASSWORD_RESET).map(resident -> {
            resident.changePassword(passwordEncoder.encode(newPassword));
            confirm(resident);
            events.publishEvent(new ResidentPasswordChanged(resident.getId()));
            return true;
        }).orElse(false);
    }

    /** Proofs of address wait for this: listeners verify, in this transaction, a resident proven earlier. */
    private void confirm(Resident resident) {
        if (resident.confirmEmail()) {
            events.publishEvent(new ResidentEmailConfirmed(resident.getId()));
        }
    }

    private Optional<Resident> use(String token, TokenPurpose purpose) {
        return take(token, purpose).flatMap(t -> residents.findById(t.getResidentId()));
    }

    /** Uses the link, once: its row, or empty for an unknown, used or expired link. */
    @Transactional
    Optional<AccountToken> take(String token, TokenPurpose purpose) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHashAndPurpose(AccountToken.hash(token), purpose)
                .filter(t -> t.usableAt(now))
                .map(t -> {
                    t.use(now);
                    return t;
                });
    }

    private static TokenPurpose purpose(boolean reset) {
        return reset ? TokenPurpose.PASSWORD_RESET : TokenPurpose.EMAIL_CONFIRMATION;
    }
}
