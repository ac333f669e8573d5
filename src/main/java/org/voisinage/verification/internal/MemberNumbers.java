package org.voisinage.verification.internal;

import java.util.Locale;

/** Member numbers compared as the cooperative means them: no surrounding or inner blanks, upper-case. */
public final class MemberNumbers {

    private MemberNumbers() {}

    /** The normalised number, or null when nothing was given. */
    public static String normalise(String memberNumber) {
        if (memberNumber == null) {
            return null;
        }
        String normalised = memberNumber.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return normalised.isEmpty() ? null : normalised;
    }
}
