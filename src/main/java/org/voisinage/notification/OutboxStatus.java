package org.voisinage.notification;

/** Where an email stands in the outbox. Stored by name: the names are stable codes. */
public enum OutboxStatus {
    /** Waiting to be sent (again, after a failed attempt, once {@code nextAttemptAt} is past). */
    QUEUED,
    /** Claimed by a sender; if that sender dies, the claim expires and the email is sent again. */
    SENDING,
    SENT,
    /** Every attempt failed; staff may retry it. */
    FAILED;

    public String labelKey() {
        return "notification.status." + name();
    }
}
