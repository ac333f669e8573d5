package org.voisinage.challenge;

import org.springframework.validation.Errors;

/** The service refused a staff form for a reason only it can know: a message key on a field (or global when null). */
class FormRefused extends RuntimeException {

    private final String field;
    private final String code;

    FormRefused(String field, String code) {
        super(code);
        this.field = field;
        this.code = code;
    }

    void rejectOn(Errors errors) {
        if (field == null) {
            errors.reject(code);
        } else {
            errors.rejectValue(field, code);
        }
    }
}
