package org.voisinage.account;

import org.voisinage.common.SiteProperties;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.voisinage.notification.Email;
import org.voisinage.notification.Outbox;

/** Tells residents the outcome of their address proof, after the change has committed. */
@Component
class AccountEmails {

    private final ResidentRepository residents;
    private final Outbox outbox;
    private final String baseUrl;

    AccountEmails(ResidentRepository residents, Outbox outbox, SiteProperties site) {
        this.residents = residents;
        this.outbox = outbox;
        this.baseUrl = site.baseUrl();
    }

    @ApplicationModuleListener
    void on(ResidentVerified event) {
        residents.findById(event.residentId()).ifPresent(r -> outbox.queue(
                Email.to(r.getEmail(), r.getLocale(), "account/email/verified", "account.email.verified.subject")
                        .with("name", r.getDisplayName())
                        .with("link", baseUrl + "/")));
    }

    @ApplicationModuleListener
    void on(ResidentLeft event) {
        residents.findById(event.residentId()).ifPresent(r -> outbox.queue(
                Email.to(r.getEmail(), r.getLocale(), "account/email/left", "account.email.left.subject")
                        .with("name", r.getDisplayName())
                        .with("link", baseUrl + "/verification")));
    }

    @ApplicationModuleListener
    void on(ResidentRejected event) {
        residents.findById(event.residentId()).ifPresent(r -> outbox.queue(
                Email.to(r.getEmail(), r.getLocale(), "account/email/rejected", "account.email.rejected.subject")
                        .with("name", r.getDisplayName())
                        .with("reason", event.reason())
                        .with("link", baseUrl + "/verification")));
    }
}
