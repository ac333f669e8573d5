package org.voisinage.challenge;

import org.springframework.http.HttpStatus;

/**
 * A challenge rule refused what someone asked (pledging twice, out of scope, closed, capped, an answer
 * already given...). {@code code} is a message key of the challenge bundle; {@code status} the 4xx to answer.
 */
public class ChallengeRefusedException extends RuntimeException {

    private final String code;
    private final HttpStatus status;

    public ChallengeRefusedException(String code, HttpStatus status) {
        super(code);
        this.code = code;
        this.status = status;
    }

    public String code() { return code; }

    public HttpStatus status() { return status; }
}
