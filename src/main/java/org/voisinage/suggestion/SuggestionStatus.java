package org.voisinage.suggestion;

/** Where a need stands, as staff answered. Stable codes (stored by name); labels from the bundles. */
public enum SuggestionStatus {
    /** Raised, not answered yet. */
    NEW, RECEIVED, UNDER_STUDY, PLANNED, DONE, DECLINED;

    public String labelKey() {
        return "suggestion.status." + name();
    }

    /** The statuses staff can answer with. */
    public static SuggestionStatus[] answers() {
        return new SuggestionStatus[] {RECEIVED, UNDER_STUDY, PLANNED, DONE, DECLINED};
    }
}
