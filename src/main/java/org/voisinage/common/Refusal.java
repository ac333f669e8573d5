package org.voisinage.common;

import java.util.List;
import org.springframework.validation.Errors;

/**
 * The one way a rule refuses what someone asked: what kind of refusal it is, the form field concerned (null: the
 * whole form or page), a message key and its arguments. Domain code says only the kind; the web shell alone turns
 * a kind into an HTTP status ({@code common.web.RefusalAdvice}). Several reasons found at once travel together
 * ({@link #all}) so a form can show each next to its field.
 */
public class Refusal extends RuntimeException {

    /** What kind of "no" this is; the web shell maps each to a status. */
    public enum Kind {
        /** The input breaks a rule (400). */
        INVALID,
        /** This person may not do this (403). */
        FORBIDDEN,
        /** The state of things does not allow it now: twice, closed, someone else acted first (409). */
        CONFLICT,
        /** A limit on attempts or sending was reached (429). */
        LIMITED,
        /** The record does not exist or may not be seen (404); a record named in a URL is {@link NotFoundException}. */
        NOT_FOUND,
        /** The record existed but is gone for good (410). */
        GONE
    }

    private final Kind kind;
    private final String field;
    private final String code;
    private final transient Object[] arguments;
    private final transient List<Refusal> reasons;

    public Refusal(Kind kind, String field, String code, Object... arguments) {
        super(code);
        this.kind = kind;
        this.field = field;
        this.code = code;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
        this.reasons = List.of(this);
    }

    private Refusal(List<Refusal> reasons) {
        super(reasons.toString());
        Refusal first = reasons.get(0);
        this.kind = first.kind;
        this.field = first.field;
        this.code = first.code;
        this.arguments = first.arguments;
        this.reasons = List.copyOf(reasons);
    }

    /** Several reasons refused at once (at least one); the first gives the kind. */
    public static Refusal all(List<Refusal> reasons) {
        return reasons.size() == 1 ? reasons.get(0) : new Refusal(reasons);
    }

    /** Invalid input on a form field (null: the whole form). */
    public static Refusal invalid(String field, String code, Object... arguments) {
        return new Refusal(Kind.INVALID, field, code, arguments);
    }

    /** Invalid input, not tied to a field. */
    public static Refusal invalid(String code) {
        return new Refusal(Kind.INVALID, null, code);
    }

    public static Refusal forbidden(String code) {
        return new Refusal(Kind.FORBIDDEN, null, code);
    }

    public static Refusal conflict(String code) {
        return new Refusal(Kind.CONFLICT, null, code);
    }

    public static Refusal limited(String code) {
        return new Refusal(Kind.LIMITED, null, code);
    }

    public Kind kind() {
        return kind;
    }

    /** The form field concerned, or null. */
    public String field() {
        return field;
    }

    /** The message key saying why. */
    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Each reason (this one alone unless several were found at once). */
    public List<Refusal> reasons() {
        return reasons;
    }

    /** Puts every reason on a form's errors: on its field, or on the whole form when it names none. */
    public void rejectOn(Errors errors) {
        for (Refusal reason : reasons) {
            if (reason.field == null) {
                errors.reject(reason.code, reason.arguments, null);
            } else {
                errors.rejectValue(reason.field, reason.code, reason.arguments, null);
            }
        }
    }
}
