package org.voisinage.messaging;

import org.springframework.http.HttpStatus;

/** A messaging rule refused the action; {@link #code()} is the message key telling the resident why. */
public class MessagingRefusedException extends RuntimeException {

    private final String code;
    private final HttpStatus status;

    MessagingRefusedException(String code, HttpStatus status) {
        super(code);
        this.code = code;
        this.status = status;
    }

    static MessagingRefusedException forbidden(String code) {
        return new MessagingRefusedException(code, HttpStatus.FORBIDDEN);
    }

    static MessagingRefusedException conflict(String code) {
        return new MessagingRefusedException(code, HttpStatus.CONFLICT);
    }

    static MessagingRefusedException tooMany(String code) {
        return new MessagingRefusedException(code, HttpStatus.TOO_MANY_REQUESTS);
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }
}
