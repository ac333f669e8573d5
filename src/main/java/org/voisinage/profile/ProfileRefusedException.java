package org.voisinage.profile;

import org.springframework.http.HttpStatus;

/** A profile rule refused the action; {@link #code()} is the message key telling why. */
public class ProfileRefusedException extends RuntimeException {

    private final String code;
    private final HttpStatus status;

    ProfileRefusedException(String code, HttpStatus status) {
        super(code);
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }
}
