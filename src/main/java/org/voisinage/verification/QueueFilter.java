package org.voisinage.verification;

/** The staff queue's filters by where a resident's proof stands. */
public enum QueueFilter {
    PENDING,
    NO_LETTER,
    LETTER_GENERATED,
    LETTER_SENT,
    VOUCHED_ONCE,
    MEMBER_MATCH,
    REJECTED;

    public String labelKey() {
        return "verification.queue.filter." + name();
    }
}
