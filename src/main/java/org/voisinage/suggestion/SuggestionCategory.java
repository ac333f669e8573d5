package org.voisinage.suggestion;

/** What a need is about. Stable codes (stored by name); labels from the bundles. */
public enum SuggestionCategory {
    LIGHTING, BENCH, GARDEN, CLEANLINESS, SAFETY, ACCESSIBILITY, PLAYGROUND, OTHER;

    public String labelKey() {
        return "suggestion.category." + name();
    }
}
