package org.voisinage.agenda;

import org.springframework.http.HttpStatus;

/**
 * An agenda rule refused what someone asked (not a member, answering a cancelled event, a capacity below the people
 * coming...). {@code field} names the form field concerned, or null; {@code code} is a key of the agenda bundle;
 * {@code status} the 4xx to answer.
 */
public class AgendaRefusedException extends RuntimeException {

    private final String field;
    private final String code;
    private final HttpStatus status;

    public AgendaRefusedException(String field, String code, HttpStatus status) {
        super(code);
        this.field = field;
        this.code = code;
        this.status = status;
    }

    public static AgendaRefusedException forbidden(String code) {
        return new AgendaRefusedException(null, code, HttpStatus.FORBIDDEN);
    }

    public static AgendaRefusedException conflict(String code) {
        return new AgendaRefusedException(null, code, HttpStatus.CONFLICT);
    }

    public static AgendaRefusedException onField(String field, String code) {
        return new AgendaRefusedException(field, code, HttpStatus.BAD_REQUEST);
    }

    public String field() { return field; }

    public String code() { return code; }

    public HttpStatus status() { return status; }
}
