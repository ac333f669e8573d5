package org.voisinage.initiative;

import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;

/**
 * A rule refused what a resident asked: a message key, the field it belongs to (null: the whole form or page) and the
 * 4xx status the page answers with.
 */
public class InitiativeRefused extends RuntimeException {

    private final String field;
    private final String code;
    private final HttpStatus status;

    InitiativeRefused(String code) {
        this(null, code, HttpStatus.CONFLICT);
    }

    InitiativeRefused(String field, String code, HttpStatus status) {
        super(code);
        this.field = field;
        this.code = code;
        this.status = status;
    }

    static InitiativeRefused forbidden(String code) {
        return new InitiativeRefused(null, code, HttpStatus.FORBIDDEN);
    }

    static InitiativeRefused onField(String field, String code) {
        return new InitiativeRefused(field, code, HttpStatus.BAD_REQUEST);
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public void rejectOn(Errors errors) {
        if (field == null) {
            errors.reject(code);
        } else {
            errors.rejectValue(field, code);
        }
    }
}
