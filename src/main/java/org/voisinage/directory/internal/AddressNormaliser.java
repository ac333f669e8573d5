package org.voisinage.directory.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns street names, towns and house numbers as people type them (or as the BAN spells them) into one
 * comparable form: lower case, no accents, no punctuation, single spaces, common abbreviations expanded.
 * The same rules run at import time and at match time, so both sides meet.
 */
public final class AddressNormaliser {

    /** Abbreviations of the street type: only expanded as the first word ("r" inside a name stays). */
    private static final Map<String, String> STREET_TYPES = Map.ofEntries(
            Map.entry("av", "avenue"), Map.entry("ave", "avenue"), Map.entry("aven", "avenue"),
            Map.entry("bd", "boulevard"), Map.entry("boul", "boulevard"), Map.entry("bld", "boulevard"),
            Map.entry("bvd", "boulevard"), Map.entry("r", "rue"), Map.entry("pl", "place"),
            Map.entry("chem", "chemin"), Map.entry("ch", "chemin"), Map.entry("che", "chemin"),
            Map.entry("imp", "impasse"), Map.entry("all", "allee"), Map.entry("rte", "route"),
            Map.entry("crs", "cours"), Map.entry("sq", "square"), Map.entry("fg", "faubourg"),
            Map.entry("fbg", "faubourg"), Map.entry("qu", "quai"), Map.entry("qua", "quai"),
            Map.entry("pas", "passage"), Map.entry("res", "residence"), Map.entry("lot", "lotissement"),
            Map.entry("mte", "montee"), Map.entry("sent", "sentier"), Map.entry("prom", "promenade"),
            Map.entry("esp", "esplanade"), Map.entry("rpt", "rond point"), Map.entry("ham", "hameau"),
            Map.entry("vla", "villa"), Map.entry("cite", "cite"), Map.entry("ptte", "placette"));

    /** Abbreviations found anywhere in a name ("Rue St Jean", "Av. du Gal Leclerc"). */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("st", "saint"), Map.entry("ste", "sainte"), Map.entry("sts", "saints"),
            Map.entry("gal", "general"), Map.entry("gen", "general"), Map.entry("mal", "marechal"),
            Map.entry("pdt", "president"), Map.entry("dr", "docteur"),
            Map.entry("prof", "professeur"), Map.entry("cdt", "commandant"), Map.entry("lt", "lieutenant"),
            Map.entry("cne", "capitaine"), Map.entry("mgr", "monseigneur"));

    /** bis/ter/quater as single letters ("12b", "12 T"); other letters (a, c, d...) stay as they are. */
    private static final Map<String, String> REPETITIONS = Map.of("b", "bis", "t", "ter", "q", "quater",
            "qua", "quater", "quinq", "quinquies");

    private static final Pattern NON_SPACING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NUMBER = Pattern.compile("(\\d{1,6})\\s*([a-z]*)");

    /** Longer text is cut: nobody lives on a 200-letter street, and it keeps trigram work bounded. */
    static final int MAX_LENGTH = 200;

    private AddressNormaliser() {
    }

    /** "Av. Henri-Barbusse" -> "avenue henri barbusse"; null or blank -> "". */
    public static String street(String text) {
        return expand(plain(text), true);
    }

    /** Towns: "Saint-Étienne" and "St Etienne" -> "saint etienne". */
    public static String town(String text) {
        return expand(plain(text), false);
    }

    private static String expand(String plain, boolean streetType) {
        if (plain.isEmpty()) {
            return plain;
        }
        String[] words = plain.split(" ");
        StringBuilder result = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String expanded = streetType && i == 0 && words.length > 1 ? STREET_TYPES.get(word) : null;
            if (expanded == null) {
                expanded = WORDS.getOrDefault(word, word);
            }
            if (i > 0) {
                result.append(' ');
            }
            result.append(expanded);
        }
        return result.toString();
    }

    /** Postcodes keep their digits only: " 69 100 " -> "69100". */
    public static String postcode(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder digits = new StringBuilder(5);
        for (int i = 0; i < text.length() && digits.length() < 10; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    /** A BAN "rep" or a typed suffix: "B" -> "bis", "Ter" -> "ter", "" -> "". */
    public static String repetition(String text) {
        String plain = plain(text).replace(" ", "");
        return REPETITIONS.getOrDefault(plain, plain);
    }

    /** "12 bis", "12bis", "12 B", "12b" -> 12 + "bis"; anything else -> {@link HouseNumber#NONE}. */
    public static HouseNumber number(String text) {
        String plain = plain(text);
        if (plain.isEmpty()) {
            return HouseNumber.NONE;
        }
        Matcher matcher = NUMBER.matcher(plain);
        if (!matcher.matches()) {
            return HouseNumber.NONE;
        }
        return new HouseNumber(Integer.parseInt(matcher.group(1)), repetition(matcher.group(2)));
    }

    /** Lower case, accents and punctuation removed, single spaces. */
    static String plain(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String cut = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        String lower = cut.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        if (!isAscii(lower)) {
            lower = NON_SPACING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        }
        StringBuilder result = new StringBuilder(lower.length());
        boolean space = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                result.append(c);
                space = false;
            } else if (!space) {
                result.append(' ');
                space = true;
            }
        }
        int end = result.length();
        if (end > 0 && result.charAt(end - 1) == ' ') {
            result.setLength(end - 1);
        }
        return result.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * A house number and its repetition ("bis", "ter", a letter, or "" for none).
     * {@link #NONE} stands for a missing or unreadable number.
     */
    public record HouseNumber(int number, String repetition) {

        public static final HouseNumber NONE = new HouseNumber(-1, "");

        public boolean isPresent() {
            return number >= 0;
        }
    }
}
