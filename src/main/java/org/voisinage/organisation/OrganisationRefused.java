package org.voisinage.organisation;

import org.springframework.validation.Errors;

/** A service refused a form for a reason only it can know: a message key on a field (or global when null). */
class OrganisationRefused extends RuntimeException {

    private final String field;
    private final String code;

    OrganisationRefused(String field, String code) {
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

    String code() {
        return code;
    }
}
