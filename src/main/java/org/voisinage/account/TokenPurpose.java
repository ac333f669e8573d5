package org.voisinage.account;

import java.time.Duration;

/** What an emailed link is for, and how long it stays valid. */
enum TokenPurpose {
    EMAIL_CONFIRMATION(Duration.ofHours(48)),
    PASSWORD_RESET(Duration.ofHours(1));

    final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }
}
