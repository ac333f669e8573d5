package org.voisinage.initiative;

import java.util.List;
import org.voisinage.common.Refusal;
import org.voisinage.directory.DirectoryAddress;

/**
 * The typed place is not an exact directory address: the form offers these to pick from (maybe none). The one
 * refusal that carries more than a message: the addresses the form shows.
 */
public class PlaceToPick extends Refusal {

    private final transient List<DirectoryAddress> suggestions;

    PlaceToPick(List<DirectoryAddress> suggestions) {
        super(Kind.INVALID, "placeStreet",
                suggestions.isEmpty() ? "initiative.place.unknown" : "initiative.place.pick");
        this.suggestions = List.copyOf(suggestions);
    }

    public List<DirectoryAddress> suggestions() {
        return suggestions;
    }
}
