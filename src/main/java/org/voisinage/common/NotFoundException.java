package org.voisinage.common;

/**
 * A record named in a URL does not exist (or may not be seen): answered with 404 by the web shell
 * ({@code common.web.RefusalAdvice}). Kept apart from {@link Refusal} on purpose: a controller catching the refusals
 * it shows on its own page must not swallow a missing record.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
