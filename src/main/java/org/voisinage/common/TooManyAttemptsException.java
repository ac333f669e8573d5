package org.voisinage.common;

/**
 * A try refused by a limit on guessing or on sending; {@code messageKey} is the translated message to show
 * next to the form, which comes back filled.
 */
public class TooManyAttemptsException extends RuntimeException {

    private final String messageKey;

    public TooManyAttemptsException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
