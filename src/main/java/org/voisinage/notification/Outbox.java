package org.voisinage.notification;

import org.springframework.stereotype.Service;

/** The notification module's API: emails are queued in the caller's transaction and sent later. */
@Service
public class Outbox {

    /** Renders and stores the email in the current transaction; a scheduled sender delivers it. */
    public void queue(Email email) {
        throw new UnsupportedOperationException("to be built in the notification module");
    }
}
