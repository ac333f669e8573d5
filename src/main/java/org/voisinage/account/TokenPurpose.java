package org.voisinage.account;

import java.time.Duration;

/** What an emailed link is for: how long it stays valid, where it leads and the email that carries it. */
enum TokenPurpose {
    EMAIL_CONFIRMATION(Duration.ofHours(48), "/email/confirm", "account/email/confirm-email", "account.email.confirm.subject"),
    PASSWORD_RESET(Duration.ofHours(1), "/password/reset", "account/email/password-reset", "account.email.reset.subject"),
    /** Sent to the new address when a resident changes theirs; it becomes theirs once the link is used. */
    EMAIL_CHANGE(Duration.ofHours(24), "/email/change", "account/email/change-email", "account.email.change.subject"),
    /** Sent to the email a resident with an assisted account gave: with it they choose a password and take over. */
    TAKEOVER(Duration.ofDays(7), "/email/takeover", "account/email/takeover", "account.email.takeover.subject");

    final Duration validity;
    final String path;
    final String emailTemplate;
    final String subjectKey;

    TokenPurpose(Duration validity, String path, String emailTemplate, String subjectKey) {
        this.validity = validity;
        this.path = path;
        this.emailTemplate = emailTemplate;
        this.subjectKey = subjectKey;
    }
}
