package org.voisinage.profile;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Skills are typed as a comma-separated list: kept tidy, compared without case or accents. */
final class Skills {

    private Skills() {}

    static String normalise(String typed) {
        return String.join(", ", list(typed));
    }

    static List<String> list(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static String key(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip();
    }

    /** Whether one of the skills contains what was searched. */
    static boolean matches(String skills, String search) {
        String wanted = key(search);
        return wanted.isEmpty() || list(skills).stream().anyMatch(skill -> key(skill).contains(wanted));
    }
}
