package org.voisinage.common;

import org.springframework.validation.Errors;

/**
 * A service refused what a form asked for a reason only it can know (a slug already taken, dates that clash with
 * stored ones): a message key on a field, or on the whole form when the field is null. Controllers put it on their
 * {@code BindingResult} with {@link #rejectOn} and render the form again.
 */
public class FieldRefusedException extends RuntimeException {

    private final String field;
    private final String code;

    public FieldRefusedException(String field, String code) {
        super(code);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    public void rejectOn(Errors errors) {
        if (field == null) {
            errors.reject(code);
        } else {
            errors.rejectValue(field, code);
        }
    }
}
