package org.voisinage.suggestion;

import org.springframework.http.HttpStatus;

/** A rule refused what a resident asked: a message key, and the 4xx status to answer with. */
public class SuggestionRefused extends RuntimeException {

    private final String code;
    private final HttpStatus status;

    SuggestionRefused(String code, HttpStatus status) {
        super(code);
        this.code = code;
        this.status = status;
    }

    public String code() { return code; }
    public HttpStatus status() { return status; }
}
