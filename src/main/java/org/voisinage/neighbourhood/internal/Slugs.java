package org.voisinage.neighbourhood.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Slugs name territories and neighbourhoods in URLs: lower-case ASCII letters, digits and hyphens. */
public final class Slugs {

    /** 2 to 80 characters, no hyphen at either end. Empty is allowed in forms: the name gives the slug. */
    public static final String PATTERN_OR_EMPTY = "^$|^[a-z0-9][a-z0-9-]{0,78}[a-z0-9]$";
    private static final java.util.regex.Pattern VALID = java.util.regex.Pattern.compile("^[a-z0-9][a-z0-9-]{0,78}[a-z0-9]$");
    private static final int MAX_LENGTH = 80;

    private Slugs() {}

    /** "Les Gratte-Ciel Nord" gives "les-gratte-ciel-nord", "Cœur de Saint-Étienne" gives "coeur-de-saint-etienne". */
    public static String fromName(String name) {
        if (name == null) {
            return "";
        }
        String lower = name.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        String withoutAccents = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = withoutAccents.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }
}
