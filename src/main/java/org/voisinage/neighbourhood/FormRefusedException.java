package org.voisinage.neighbourhood;

import java.util.List;
import org.springframework.validation.Errors;

/**
 * The service refused what a form asked, for reasons only it can know (a slug already taken, a perimeter
 * that is not a polygon, someone else saved first). Each reason is a message key, on a field or global.
 */
class FormRefusedException extends RuntimeException {

    record Reason(String field, String code, Object... arguments) {}

    private final transient List<Reason> reasons;

    FormRefusedException(List<Reason> reasons) {
        super(reasons.toString());
        this.reasons = List.copyOf(reasons);
    }

    void rejectOn(Errors errors) {
        for (Reason reason : reasons) {
            if (reason.field() == null) {
                errors.reject(reason.code(), reason.arguments(), null);
            } else {
                errors.rejectValue(reason.field(), reason.code(), reason.arguments(), null);
            }
        }
    }
}
