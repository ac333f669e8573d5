package org.voisinage.alert;

import org.springframework.http.HttpStatus;
import org.springframework.validation.Errors;

/** A rule refused an alert action: a message key (on a field, or global when null) and the 4xx to answer with. */
public class AlertRefused extends RuntimeException {

    private final String field;
    private final String code;
    private final HttpStatus status;

    AlertRefused(String field, String code, HttpStatus status) {
        super(code);
        this.field = field;
        this.code = code;
        this.status = status;
    }

    public String code() { return code; }
    public HttpStatus status() { return status; }

    void rejectOn(Errors errors) {
        if (field == null) {
            errors.reject(code);
        } else {
            errors.rejectValue(field, code);
        }
    }
}
