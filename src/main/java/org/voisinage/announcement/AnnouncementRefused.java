package org.voisinage.announcement;

import org.springframework.validation.Errors;

/** The service refused a staff form for a reason only it can know: a message key on a field. */
class AnnouncementRefused extends RuntimeException {

    private final String field;
    private final String code;

    AnnouncementRefused(String field, String code) {
        super(code);
        this.field = field;
        this.code = code;
    }

    void rejectOn(Errors errors) {
        errors.rejectValue(field, code);
    }
}
