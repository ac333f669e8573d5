package org.voisinage.search;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.voisinage.account.Role;
import org.voisinage.account.Viewer;

/**
 * Who searches, for what, as SQL: the named parameters every module's select may use, and fragments that say in SQL
 * what {@link Viewer#isMemberOf} and {@link Viewer#moderates} say in Java, so that access is decided by the database
 * on the matching rows rather than after reading them.
 *
 * @param closedNeighbourhoods the neighbourhoods of the members-only territories closed to the viewer
 * @param closedTerritories the members-only territories the viewer is neither a member nor staff of
 */
public record SearchScope(String query, Viewer viewer, Instant now, Set<Long> closedNeighbourhoods,
        Set<Long> closedTerritories) {

    /** The match, French and English stems both: {@code vector @@ QUERY}. */
    public static final String QUERY = "(websearch_to_tsquery('voisinage_fr', :q) || websearch_to_tsquery('voisinage_en', :q))";

    public SearchScope {
        closedNeighbourhoods = Set.copyOf(closedNeighbourhoods);
        closedTerritories = Set.copyOf(closedTerritories);
    }

    /** {@link Viewer#isMemberOf} of the neighbourhood in this column. */
    public static String memberOf(String neighbourhoodColumn) {
        return "(:everywhere or coalesce(" + neighbourhoodColumn + " = any(cast(:members as bigint[])), false))";
    }

    /** {@link Viewer#moderates} the neighbourhood in this column (null: the whole territory, global staff only). */
    public static String moderates(String neighbourhoodColumn) {
        return "(:everywhere or coalesce(" + neighbourhoodColumn + " = any(cast(:moderated as bigint[])), false))";
    }

    /** The viewer is this resident. */
    public static String is(String residentColumn) {
        return "(" + residentColumn + " = :me)";
    }

    /** Not in a members-only territory closed to this viewer (a null column: not known there). */
    public static String openToViewer(String neighbourhoodColumn, String territoryColumn) {
        return "(not (coalesce(" + neighbourhoodColumn + " = any(cast(:closedNeighbourhoods as bigint[])), false)"
                + (territoryColumn == null ? "" : " or coalesce(" + territoryColumn
                        + " = any(cast(:closedTerritories as bigint[])), false)") + "))";
    }

    /** The parameters of the fragments above, {@code :q} and {@code :now} (every select may use them). */
    Map<String, Object> params() {
        boolean everywhere = viewer.staff() && !viewer.limitedStaff();
        Set<Long> members = new HashSet<>();
        Set<Long> moderated = new HashSet<>();
        if (viewer.limitedStaff()) {
            members.addAll(viewer.staffNeighbourhoods());
            moderated.addAll(viewer.staffNeighbourhoods());
        }
        if (viewer.verified() && viewer.neighbourhoodId() != null) {
            members.add(viewer.neighbourhoodId());
        }
        if (viewer.signedIn() && !viewer.barred() && viewer.role() == Role.MODERATOR) {
            moderated.addAll(viewer.moderatedNeighbourhoods());
        }
        return Map.ofEntries(Map.entry("q", query), Map.entry("now", java.sql.Timestamp.from(now)),
                Map.entry("me", viewer.id()), Map.entry("signedIn", viewer.signedIn()),
                Map.entry("verified", viewer.verified()), Map.entry("staff", viewer.staff()),
                Map.entry("everywhere", everywhere), Map.entry("members", array(members)),
                Map.entry("moderated", array(moderated)),
                Map.entry("closedNeighbourhoods", array(closedNeighbourhoods)),
                Map.entry("closedTerritories", array(closedTerritories)));
    }

    /** A PostgreSQL array literal of ids, read with {@code cast(:name as bigint[])}. */
    public static String array(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
