package org.voisinage.neighbourhood.internal;

/**
 * Pasted GeoJSON that cannot be a neighbourhood's perimeter. The code is a message key of the
 * neighbourhood bundle and the arguments fill it, so the form can say precisely what is wrong.
 */
public class InvalidPerimeterException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public InvalidPerimeterException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
