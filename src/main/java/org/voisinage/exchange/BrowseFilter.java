package org.voisinage.exchange;

/**
 * What a browse page asks for; every part optional. {@code km}: listings of neighbourhoods at most that far (centre
 * to centre), among those whose author chose to show them that far; null means as far as any is shown (10 km).
 */
public record BrowseFilter(ListingKind kind, ListingCategory category, ListingDirection direction, Integer km,
        String q) {

    public static final int MAX_KM = 10;

    public int distance() {
        return km == null || km < 0 || km > MAX_KM ? MAX_KM : km;
    }

    public String query() {
        return q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), 200));
    }
}
