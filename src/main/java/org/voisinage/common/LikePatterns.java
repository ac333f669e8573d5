package org.voisinage.common;

/**
 * LIKE patterns from what someone typed: {@code %}, {@code _} and the escape character itself match only
 * themselves. Queries using them say {@code like :pattern escape '\'}.
 */
public final class LikePatterns {

    /** The escape character the queries declare ({@code escape '\'}). */
    public static final char ESCAPE = '\\';

    private LikePatterns() {}

    /** The text with LIKE's wildcards and the escape character escaped. */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** A pattern matching any text that contains {@code text} literally. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }
}
