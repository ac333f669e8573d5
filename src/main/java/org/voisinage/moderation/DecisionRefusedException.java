package org.voisinage.moderation;

/** A decision that cannot be taken as filled in; {@code field} and {@code code} say what to fix. */
public class DecisionRefusedException extends RuntimeException {

    private final String field;
    private final String code;

    public DecisionRefusedException(String field, String code) {
        super(code);
        this.field = field;
        this.code = code;
    }

    public String field() { return field; }
    public String code() { return code; }
}
